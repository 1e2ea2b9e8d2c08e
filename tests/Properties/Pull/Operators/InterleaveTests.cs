using Streams.Tests.Doubles;
using Xunit;
using P = Streams.Pull;

namespace Streams.Tests.PullTests.Operators;

public class InterleaveTests
{
    [Fact]
    public void Matches_python_roundrobin()
    {
        // roundrobin('ABC', 'D', 'EF') --> A D E B F C
        Assert.Equal("ADEBFC", P.Interleave(P.Chars("ABC"), P.Chars("D"), P.Chars("EF")).JoinToString(""));
        Assert.Empty(P.Interleave<int>().ToList());
        Assert.Empty(P.Interleave(P.Empty<int>(), P.Empty<int>()).ToList());
        Assert.Equal([1, 2, 3], P.Interleave(P.Empty<int>(), P.Of(1, 2, 3)).ToList());
    }

    [FsCheck.Xunit.Property]
    public bool Matches_reference(int[] a, int[] b, int[] c)
    {
        var inputs = new[] { a, b, c };
        var expected = new List<int>();
        for (int i = 0; i < inputs.Max(x => x.Length); i++)
            foreach (var xs in inputs) if (i < xs.Length) expected.Add(xs[i]);
        return P.Interleave(P.From(a), P.From(b), P.From(c)).ToList().SequenceEqual(expected);
    }

    [Fact]
    public void Ended_inputs_are_released_and_never_pulled_again()
    {
        var a = new Probe<int>([1, 2, 3], resumesAfterEnd: true);
        var b = new Probe<int>([10], resumesAfterEnd: true);
        var it = P.Interleave(a, b);
        Assert.Equal(0, a.Calls + b.Calls);
        Assert.Equal(1, it.Next());
        Assert.Equal(1, a.Calls);
        Assert.Equal(0, b.Calls);
        Assert.Equal(10, it.Next());
        Assert.Equal(2, it.Next());
        Assert.Equal(0, b.Releases);
        Assert.Equal(3, it.Next()); // b is found ended on the way, released and dropped
        Assert.Equal(1, b.Releases);
        Assert.False(it.TryNext(out _));
        Assert.False(it.TryNext(out _));
        Assert.False(a.PulledAfterEnd || b.PulledAfterEnd);
        Assert.Equal(1, a.Releases);
    }

    [Fact]
    public void Infinite_inputs_with_take()
    {
        var inf = new InfiniteProbe();
        var it = P.Interleave(inf, P.Of(-1L, -2L)).Take(7);
        Assert.Equal([0, -1, 1, -2, 2, 3, 4], it.ToList());
        Assert.Equal(5, inf.Pulls);
        Assert.Equal(0, inf.Releases); // Take stopping early leaves the inputs open
        it.Dispose();
        Assert.Equal(1, inf.Releases);
    }

    [Fact]
    public void Exception_propagates_and_everything_is_released()
    {
        var a = new Probe<int>([1, 2], throwAt: 1);
        var b = new Probe<int>([10, 20]);
        var it = P.Interleave(a, b);
        Assert.Equal(1, it.Next());
        Assert.Equal(10, it.Next());
        Assert.Throws<ProbeException>(() => it.Next());
        Assert.False(it.TryNext(out _));
        Assert.Equal(1, a.Releases);
        Assert.Equal(1, b.Releases);
    }

    [Fact]
    public void Dispose_releases_every_input_once_and_arguments_are_checked()
    {
        var a = new Probe<int>([1]);
        var b = new Probe<int>([2]);
        var it = P.Interleave(a, b);
        it.Dispose();
        it.Dispose();
        Assert.Equal(1, a.Releases);
        Assert.Equal(1, b.Releases);
        Assert.Throws<ArgumentNullException>(() => P.Interleave<int>((Iter<int>[])null!));
        Assert.Throws<ArgumentNullException>(() => P.Interleave(P.Of(1), (Iter<int>)null!));
    }
}
