using Streams.Tests.Doubles;
using Xunit;
using P = Streams.Pull;

namespace Streams.Tests.PullTests.Operators;

public class PeekableTests
{
    [FsCheck.Xunit.Property]
    public bool Peeking_loses_nothing(int[] xs)
    {
        var it = P.From(xs).Peekable();
        var result = new List<int>();
        while (it.TryPeek(out var p))
        {
            it.TryPeek(out var again);
            var x = it.Next();
            if (x != p || again != p) return false;
            result.Add(x);
        }
        return result.SequenceEqual(xs) && it.IsFinished;
    }

    [Fact]
    public void Peek_next_if_and_next_if_equal()
    {
        var it = P.Of(1, 2, 3, 4).Peekable();
        Assert.Equal(1, it.Peek());
        Assert.False(it.NextIf(x => x > 1, out _));
        Assert.True(it.NextIf(x => x == 1, out var one));
        Assert.Equal(1, one);
        Assert.False(it.NextIfEqual(3));
        Assert.True(it.NextIfEqual(2));
        Assert.True(it.NextIf(x => x == 3));
        Assert.Equal([4], it.ToList());
        Assert.Throws<IteratorExhaustedException>(() => it.Peek());
        Assert.False(it.TryPeek(out _));
        Assert.False(it.NextIfEqual(4));
        Assert.Empty(P.Empty<int>().Peekable().ToList());
        Assert.Equal(10, P.Of(1, 2, 3, 4).Peekable() is var p && p.Peek() == 1 ? p.Sum() : -1); // fold path keeps the peeked element
    }

    [Fact]
    public void Lazy_and_exhausted_stays_exhausted()
    {
        var probe = new Probe<int>([1], resumesAfterEnd: true);
        var it = probe.Peekable();
        Assert.Equal(0, probe.Calls);
        Assert.Equal(1, it.Peek());
        Assert.Equal(1, probe.Calls);
        Assert.Equal(1, it.Next());
        Assert.Equal(1, probe.Calls);
        Assert.False(it.TryPeek(out _));
        Assert.True(it.IsFinished);
        Assert.Equal(1, probe.Releases);
        Assert.False(it.TryNext(out _));
        Assert.False(it.TryPeek(out _));
        Assert.False(probe.PulledAfterEnd);
    }

    [Fact]
    public void Exception_during_peek_propagates_and_finishes()
    {
        var probe = new Probe<int>([1, 2], throwAt: 1);
        var it = probe.Peekable();
        Assert.Equal(1, it.Next());
        Assert.Throws<ProbeException>(() => it.Peek());
        Assert.True(it.IsFinished);
        Assert.False(it.TryNext(out _));
        Assert.Equal(1, probe.Releases);
        var probe2 = new Probe<int>([1, 2], throwAt: 1);
        var it2 = probe2.Peekable();
        it2.Next();
        Assert.Throws<ProbeException>(() => it2.Next());
        Assert.False(it2.TryPeek(out _));
        Assert.Equal(1, probe2.Releases);
    }

    [Fact]
    public void Predicate_exception_keeps_the_element()
    {
        var it = P.Of(1, 2).Peekable();
        Assert.Throws<InvalidOperationException>(() => it.NextIf(_ => throw new InvalidOperationException()));
        Assert.Equal(1, it.Next());
    }

    [Fact]
    public void Dispose_releases_once_and_infinite_source()
    {
        var probe = new Probe<int>([1, 2]);
        var it = probe.Peekable();
        it.Peek();
        it.Dispose();
        it.Dispose();
        Assert.Equal(1, probe.Releases);
        Assert.False(it.TryPeek(out _));
        var pos = P.Positives().Peekable();
        while (pos.NextIf(x => x < 1000)) { }
        Assert.Equal(1000, pos.Peek());
        Assert.Equal([1000, 1001], pos.Take(2).ToList());
    }
}
