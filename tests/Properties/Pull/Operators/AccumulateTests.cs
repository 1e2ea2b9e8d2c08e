using FsCheck.Xunit;
using Streams.Tests.Doubles;
using Xunit;

namespace Streams.Tests.PullTests.Operators;

public class AccumulateTests
{
    private static List<int> Model(int[] xs)
    {
        var result = new List<int>();
        for (int i = 0; i < xs.Length; i++) result.Add(i == 0 ? xs[0] : unchecked(result[i - 1] * 2 - xs[i]));
        return result;
    }

    [Theory]
    [MemberData(nameof(Laws.InputData), MemberType = typeof(Laws))]
    public void Matches_itertools_and_keeps_the_laws(int[] xs)
    {
        Laws.Check(s => s.Accumulate((a, x) => unchecked(a * 2 - x)), xs, Model(xs));
        Laws.Check(s => s.Accumulate((a, x) => a + x, 100L), xs, new[] { 100L }.Concat(xs.Select((_, i) => 100L + xs.Take(i + 1).Sum(v => (long)v))));
    }

    [Property]
    public void Model_property(int[] xs)
    {
        xs ??= [];
        Assert.Equal(Model(xs), Streams.Pull.From(xs).Accumulate((a, x) => unchecked(a * 2 - x)).ToList());
        Assert.Equal(xs.Length + 1, Streams.Pull.From(xs).Accumulate((a, x) => a + x, 0L).Count());
    }

    [Fact]
    public void Initial_is_produced_without_pulling()
    {
        var probe = new Probe<int>([1, 2]);
        var it = probe.Accumulate((a, x) => a + x, 10);
        Assert.Equal(10, it.Next());
        Assert.Equal(0, probe.Pulls);
        Assert.Equal(11, it.Next());
        Assert.Equal(1, probe.Pulls);
        Assert.Equal([10], Streams.Pull.Empty<int>().Accumulate((a, x) => a + x, 10).ToList());
        Assert.Empty(Streams.Pull.Empty<int>().Accumulate((a, x) => a + x).ToList());
    }

    [Fact]
    public void Lazy_errors_disposal_infinite_and_arguments()
    {
        var probe = new Probe<int>([3, 1, 4]);
        var it = probe.Accumulate(Math.Max);
        Assert.Equal(0, probe.Pulls);
        Assert.Equal(3, it.Next());
        Assert.Equal(1, probe.Pulls);
        Laws.Throws(s => s.Accumulate((a, x) => a + x), [1, 2, 3], 0);
        Laws.Throws(s => s.Accumulate((a, x) => a + x), [1, 2, 3], 2);
        Laws.Throws(s => s.Accumulate((a, x) => a + x, 0), [1, 2, 3], 1);
        Laws.Disposes(s => s.Accumulate((a, x) => a + x), [1, 2, 3]);
        Laws.Disposes(s => s.Accumulate((a, x) => a + x, 0), [1, 2, 3]);
        Assert.Equal([1L, 3L, 6L], Streams.Pull.Positives().Accumulate((a, x) => a + x).Take(3).ToList());
        Assert.Throws<ArgumentNullException>(() => new Probe<int>([]).Accumulate(null!));
        Assert.Throws<ArgumentNullException>(() => new Probe<int>([]).Accumulate<int, int>(null!, 0));
        Assert.Throws<ArgumentNullException>(() => Streams.Pull.Accumulate<int>(null!, (a, x) => a));
    }
}
