using FsCheck.Xunit;
using Streams.Tests.Doubles;
using Xunit;

namespace Streams.Tests.PullTests.Operators;

public class DistinctTests
{
    [Theory]
    [MemberData(nameof(Laws.InputData), MemberType = typeof(Laws))]
    public void Matches_linq_and_keeps_the_laws(int[] xs)
    {
        Laws.Check(s => s.Distinct(), xs, xs.Distinct());
    }

    [Property]
    public void Model(int[] xs)
    {
        xs ??= [];
        Assert.Equal(xs.Distinct(), Streams.Pull.From(xs).Distinct().ToList());
    }

    [Fact]
    public void Comparer_lazy_errors_disposal_infinite_and_arguments()
    {
        Assert.Equal(["a", "B"], Streams.Pull.Of("a", "A", "B", "b").Distinct(StringComparer.OrdinalIgnoreCase).ToList());
        var probe = new Probe<int>([1, 1, 1, 2, 3]);
        var it = probe.Distinct();
        Assert.Equal(0, probe.Pulls);
        Assert.Equal(1, it.Next());
        Assert.Equal(2, it.Next());
        Assert.Equal(4, probe.Pulls);
        Laws.Throws(s => s.Distinct(), [1, 1, 2], 2);
        Laws.Disposes(s => s.Distinct(), [1, 2, 3]);
        Assert.Equal([0L, 1L, 2L], Streams.Pull.Positives().Map(x => x / 2).Distinct().Take(3).ToList());
        Assert.Throws<ArgumentNullException>(() => Streams.Pull.Distinct<int>(null!));
    }
}
