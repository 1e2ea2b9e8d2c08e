using FsCheck.Xunit;
using Streams.Tests.Doubles;
using Xunit;

namespace Streams.Tests.PullTests.Operators;

public class SkipTests
{
    [Theory]
    [MemberData(nameof(Laws.InputData), MemberType = typeof(Laws))]
    public void Matches_linq_and_keeps_the_laws(int[] xs)
    {
        foreach (int n in new[] { 0, 1, 3, 20 }) Laws.Check(s => s.Skip(n), xs, xs.AsEnumerable().Skip(n));
    }

    [Property]
    public void Model(int[] xs, byte n)
    {
        xs ??= [];
        Assert.Equal(xs.AsEnumerable().Skip(n), Streams.Pull.From(xs).Skip((long)n).ToList());
    }

    [Fact]
    public void Errors_disposal_laziness_and_arguments()
    {
        Laws.Throws(s => s.Skip(2), [1, 2, 3, 4], 1);
        Laws.Throws(s => s.Skip(2), [1, 2, 3, 4], 3);
        Laws.Disposes(s => s.Skip(1), [1, 2, 3]);
        var probe = new Probe<int>([1, 2, 3, 4, 5]);
        var it = probe.Skip(2);
        Assert.Equal(0, probe.Pulls);
        Assert.Equal(3, it.Next());
        Assert.Equal(3, probe.Pulls);
        Assert.Throws<ArgumentOutOfRangeException>(() => new Probe<int>([]).Skip(-1));
        Assert.Throws<ArgumentNullException>(() => Streams.Pull.Skip<int>(null!, 1));
        Assert.Equal([5L, 6L], Streams.Pull.Positives().Skip(4).Take(2).ToList());
    }
}
