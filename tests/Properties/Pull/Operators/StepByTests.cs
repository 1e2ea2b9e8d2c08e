using FsCheck.Xunit;
using Streams.Tests.Doubles;
using Xunit;

namespace Streams.Tests.PullTests.Operators;

public class StepByTests
{
    [Theory]
    [MemberData(nameof(Laws.InputData), MemberType = typeof(Laws))]
    public void Matches_model_and_keeps_the_laws(int[] xs)
    {
        foreach (int step in new[] { 1, 2, 3, 50 }) Laws.Check(s => s.StepBy(step), xs, xs.Where((_, i) => i % step == 0));
    }

    [Property]
    public void Model(int[] xs, byte step)
    {
        xs ??= [];
        int st = step % 7 + 1;
        Assert.Equal(xs.Where((_, i) => i % st == 0), Streams.Pull.From(xs).StepBy(st).ToList());
    }

    [Fact]
    public void Lazy_errors_disposal_infinite_and_arguments()
    {
        var probe = new Probe<int>([0, 1, 2, 3, 4, 5, 6]);
        var it = probe.StepBy(3);
        Assert.Equal(0, probe.Pulls);
        Assert.Equal(0, it.Next());
        Assert.Equal(1, probe.Pulls);
        Assert.Equal(3, it.Next());
        Assert.Equal(4, probe.Pulls);
        Laws.Throws(s => s.StepBy(2), [1, 2, 3, 4], 2);
        Laws.Throws(s => s.StepBy(2), [1, 2, 3, 4], 3);
        Laws.Disposes(s => s.StepBy(2), [1, 2, 3]);
        Assert.Equal([1L, 11L, 21L], Streams.Pull.Positives().StepBy(10).Take(3).ToList());
        Assert.Throws<ArgumentOutOfRangeException>(() => new Probe<int>([]).StepBy(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Probe<int>([]).StepBy(-2));
        Assert.Throws<ArgumentNullException>(() => Streams.Pull.StepBy<int>(null!, 1));
    }
}
