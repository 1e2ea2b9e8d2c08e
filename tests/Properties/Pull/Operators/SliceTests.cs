using FsCheck.Xunit;
using Streams.Tests.Doubles;
using Xunit;

namespace Streams.Tests.PullTests.Operators;

public class SliceTests
{
    // Python's islice, written from its documented equivalent.
    private static List<int> Model(int[] xs, long start, long? stop, long step)
    {
        var result = new List<int>();
        long next = start;
        for (long i = 0; i < xs.Length && (stop is null || i < stop); i++)
        {
            if (i == next)
            {
                result.Add(xs[i]);
                next += step;
            }
        }
        return result;
    }

    private static long Pulled(int length, long start, long? stop, long step)
    {
        // islice consumes up to max(start, stop) elements (all of them with no stop).
        long bound = stop is long s ? Math.Max(start, s) : long.MaxValue;
        if (stop is long st && st > start)
        {
            // After the last produced position p, islice's next position is min(p + step, stop).
            long lastProduced = start + (st - 1 - start) / step * step;
            bound = Math.Min(st, lastProduced + step);
            bound = Math.Max(bound, start);
        }
        return Math.Min(length, bound);
    }

    [Theory]
    [MemberData(nameof(Laws.InputData), MemberType = typeof(Laws))]
    public void Matches_islice_and_keeps_the_laws(int[] xs)
    {
        foreach (var (start, stop, step) in new (long, long?, long)[] { (0, null, 1), (1, 5, 2), (2, 2, 1), (5, 2, 1), (0, 3, 1), (3, null, 3), (0, 100, 4) })
        {
            Laws.Check(s => s.Slice(start, stop, step), xs, Model(xs, start, stop, step));
        }
    }

    [Property]
    public void Model_and_pull_count(int[] xs, byte start, byte? stop, byte step)
    {
        xs ??= [];
        long st = step % 5 + 1;
        var probe = new Probe<int>(xs);
        Assert.Equal(Model(xs, start, stop, st), probe.Slice(start, stop, st).ToList());
        Assert.Equal(Pulled(xs.Length, start, stop, st), probe.Pulls);
    }

    [Fact]
    public void Pulls_at_most_max_of_start_and_stop()
    {
        var probe = new Probe<int>(Enumerable.Range(0, 20));
        Assert.Equal([0, 3], probe.Slice(0, 5, 3).ToList());
        Assert.Equal(5, probe.Pulls);
        Assert.Equal(0, probe.Releases); // islice stops at its stop and leaves the rest
        Assert.Equal(5, probe.Next());

        var probe2 = new Probe<int>(Enumerable.Range(0, 20));
        Assert.Empty(probe2.Slice(7, 3).ToList());
        Assert.Equal(7, probe2.Pulls);
    }

    [Fact]
    public void Errors_disposal_infinite_and_arguments()
    {
        Laws.Throws(s => s.Slice(1, 5), [1, 2, 3, 4, 5, 6], 0);
        Laws.Throws(s => s.Slice(1, 5), [1, 2, 3, 4, 5, 6], 3);
        Laws.Disposes(s => s.Slice(0, 2), [1, 2, 3]);
        var inf = new InfiniteProbe();
        Assert.Equal([10L, 15L], inf.Slice(10, 20, 5).ToList());
        Assert.Equal(20, inf.Pulls);
        Assert.Equal(0, inf.Releases);
        Assert.Equal(20, inf.Next());
        var probe = new Probe<int>([1]);
        Assert.Throws<ArgumentOutOfRangeException>(() => probe.Slice(-1, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => probe.Slice(0, -2));
        Assert.Throws<ArgumentOutOfRangeException>(() => probe.Slice(0, 2, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => probe.Slice(0, 2, -1));
        Assert.Throws<ArgumentNullException>(() => Streams.Pull.Slice<int>(null!, 0, 1));
        Assert.Equal(0, probe.Calls);
    }
}
