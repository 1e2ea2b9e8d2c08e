using FsCheck.Xunit;
using Streams.Tests.Doubles;
using Xunit;

namespace Streams.Tests.PullTests.Operators;

public class ScanTests
{
    private static List<long> Model(int[] xs, long seed)
    {
        var result = new List<long>();
        long acc = seed;
        foreach (var x in xs) result.Add(acc = acc * 3 + x);
        return result;
    }

    [Theory]
    [MemberData(nameof(Laws.InputData), MemberType = typeof(Laws))]
    public void Matches_model_and_keeps_the_laws(int[] xs)
    {
        Laws.Check(s => s.Scan(1L, (acc, x) => acc * 3 + x), xs, Model(xs, 1));
    }

    [Property]
    public void Model_property(int[] xs, int seed)
    {
        xs ??= [];
        Assert.Equal(Model(xs, seed), Streams.Pull.From(xs).Scan((long)seed, (acc, x) => acc * 3 + x).ToList());
    }

    [Fact]
    public void Lazy_errors_disposal_infinite_and_arguments()
    {
        var probe = new Probe<int>([1, 2, 3]);
        var it = probe.Scan(0, (a, x) => a + x);
        Assert.Equal(0, probe.Pulls);
        Assert.Equal(1, it.Next());
        Assert.Equal(1, probe.Pulls);
        Laws.Throws(s => s.Scan(0, (a, x) => a + x), [1, 2, 3], 1);
        Laws.Disposes(s => s.Scan(0, (a, x) => a + x), [1, 2, 3]);
        Assert.Equal([1L, 3L, 6L], Streams.Pull.Positives().Scan(0L, (a, x) => a + x).Take(3).ToList());
        Assert.Throws<ArgumentNullException>(() => new Probe<int>([]).Scan<int, int>(0, null!));
        Assert.Throws<ArgumentNullException>(() => Streams.Pull.Scan<int, int>(null!, 0, (a, x) => a));
    }
}
