using Streams.Tests.Doubles;
using Xunit;
using P = Streams.Pull;

namespace Streams.Tests.PullTests.Operators;

public class ChainTests
{
    private const int N = 100_000;

    [Fact]
    public void Left_deep_chain_of_100000_is_flat()
    {
        Iter<long> c = P.Empty<long>();
        for (long i = 0; i < N; i++) c = c.Chain(P.Once(i));
        var all = c.ToList();
        Assert.Equal(N, all.Count);
        Assert.Equal((long)N * (N - 1) / 2, all.Sum());
        Assert.Equal(Enumerable.Range(0, N).Select(i => (long)i), all);
    }

    [Fact]
    public void Right_deep_chain_of_100000_is_flat()
    {
        Iter<long> c = P.Empty<long>();
        for (long i = 0; i < N; i++) c = P.Once(i).Chain(c);
        var all = c.ToList();
        Assert.Equal(N, all.Count);
        Assert.Equal((long)N * (N - 1) / 2, all.Sum());
        Assert.Equal(N - 1, all[0]);
    }

    [Fact]
    public void Deep_chain_by_pulling_one_at_a_time()
    {
        Iter<long> c = P.Empty<long>();
        for (long i = 0; i < N; i++) c = (i % 2 == 0) ? c.Chain(P.Once(i)) : P.Once(i).Chain(c);
        long sum = 0, count = 0;
        while (c.TryNext(out var x))
        {
            sum += x;
            count++;
        }
        Assert.Equal(N, count);
        Assert.Equal((long)N * (N - 1) / 2, sum);
    }

    [Fact]
    public void Each_part_is_released_before_the_next_is_pulled()
    {
        var p1 = new Probe<int>([1, 2], resumesAfterEnd: true);
        var p2 = new Probe<int>([3], resumesAfterEnd: true);
        var c = p1.Chain(p2);
        Assert.Equal(0, p1.Calls + p2.Calls);
        Assert.Equal(1, c.Next());
        Assert.Equal(2, c.Next());
        Assert.Equal(0, p1.Releases);
        Assert.Equal(0, p2.Calls);
        Assert.Equal(3, c.Next());
        Assert.Equal(1, p1.Releases);
        Assert.Equal(1, p2.Calls);
        Assert.False(c.TryNext(out _));
        Assert.False(c.TryNext(out _));
        Assert.False(p1.PulledAfterEnd || p2.PulledAfterEnd);
        Assert.Equal(1, p2.Releases);
    }

    [Fact]
    public void Exception_and_disposal()
    {
        var p1 = new Probe<int>([1, 2], throwAt: 1);
        var p2 = new Probe<int>([3]);
        var c = p1.Chain(p2);
        c.Next();
        Assert.Throws<ProbeException>(() => c.Next());
        Assert.False(c.TryNext(out _));
        Assert.Equal(1, p1.Releases);
        Assert.Equal(1, p2.Releases);
        Assert.Equal(0, p2.Calls);
        var q1 = new Probe<int>([1]);
        var q2 = new Probe<int>([2]);
        var d = q1.Chain(q2);
        d.Dispose();
        d.Dispose();
        Assert.Equal(1, q1.Releases);
        Assert.Equal(1, q2.Releases);
    }

    [FsCheck.Xunit.Property]
    public bool Associative_with_empty_as_unit(int[] a, int[] b, int[] c)
    {
        var left = P.From(a).Chain(P.From(b)).Chain(P.From(c)).ToList();
        var right = P.From(a).Chain(P.From(b).Chain(P.From(c))).ToList();
        var expected = a.Concat(b).Concat(c).ToList();
        var unitLeft = P.Empty<int>().Chain(P.From(a)).ToList();
        var unitRight = P.From(a).Chain(P.Empty<int>()).ToList();
        return left.SequenceEqual(expected) && right.SequenceEqual(expected) && unitLeft.SequenceEqual(a) && unitRight.SequenceEqual(a);
    }

    [Fact]
    public void Infinite_part_hides_the_rest()
    {
        var later = new Probe<long>([1]);
        Assert.Equal(5, P.Positives().Chain(later).Take(5).Count());
        Assert.Equal(0, later.Calls);
        Assert.Equal(0, later.Releases); // Take stopping early releases nothing
        var chain = P.Positives().Chain(later);
        chain.Take(5).Dispose();
        Assert.Equal(1, later.Releases); // disposing a stage below releases every part
    }

    [Fact]
    public void A_part_already_ended_is_skipped_on_the_fold_path_too()
    {
        // TryFold of a finished iterator reports "reached the end" (true), so the chain goes on to the next part;
        // a chain that took it for "the sink stopped" would end early.
        var ended = Streams.Pull.From(new[] { 1, 2 }).Map(x => x);
        Assert.Equal([1, 2], ended.ToList());
        Assert.Equal([3, 4], ended.Chain(Streams.Pull.From(new[] { 3, 4 }).Map(x => x)).ToList());
        Assert.Equal(7, Streams.Pull.Empty<int>().Chain(ended, Streams.Pull.Repeat(7, 1)).Sum());
    }
}
