using FsCheck.Xunit;
using Streams.Tests.Doubles;
using Xunit;

namespace Streams.Tests.PullTests.Operators;

public class PairwiseTests
{
    [Theory]
    [MemberData(nameof(Laws.InputData), MemberType = typeof(Laws))]
    public void Matches_linq_and_keeps_the_laws(int[] xs)
    {
        Laws.Check(s => s.Pairwise(), xs, xs.Zip(xs.Skip(1)));
    }

    [Property]
    public void Model(int[] xs)
    {
        xs ??= [];
        Assert.Equal(xs.Zip(xs.Skip(1)), Streams.Pull.From(xs).Pairwise().ToList());
    }

    [Fact]
    public void Lazy_errors_disposal_infinite_and_arguments()
    {
        var probe = new Probe<int>([1, 2, 3]);
        var it = probe.Pairwise();
        Assert.Equal(0, probe.Pulls);
        Assert.Equal((1, 2), it.Next());
        Assert.Equal(2, probe.Pulls);
        Assert.Equal((2, 3), it.Next());
        Assert.Equal(3, probe.Pulls);
        Laws.Throws(s => s.Pairwise(), [1, 2, 3], 0);
        Laws.Throws(s => s.Pairwise(), [1, 2, 3], 2);
        Laws.Disposes(s => s.Pairwise(), [1, 2, 3]);
        Assert.Equal([(1L, 2L), (2L, 3L)], Streams.Pull.Positives().Pairwise().Take(2).ToList());
        Assert.Throws<ArgumentNullException>(() => Streams.Pull.Pairwise<int>(null!));
    }
}
