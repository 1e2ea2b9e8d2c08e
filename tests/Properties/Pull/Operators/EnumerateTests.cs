using FsCheck.Xunit;
using Streams.Tests.Doubles;
using Xunit;

namespace Streams.Tests.PullTests.Operators;

public class EnumerateTests
{
    [Theory]
    [MemberData(nameof(Laws.InputData), MemberType = typeof(Laws))]
    public void Matches_linq_and_keeps_the_laws(int[] xs)
    {
        Laws.Check(s => s.Enumerate(), xs, xs.Select((x, i) => ((long)i, x)));
        Laws.Check(s => s.Enumerate(10), xs, xs.Select((x, i) => (i + 10L, x)));
    }

    [Property]
    public void Model(int[] xs, long start)
    {
        xs ??= [];
        Assert.Equal(xs.Select((x, i) => (unchecked(start + i), x)), Streams.Pull.From(xs).Enumerate(start).ToList());
    }

    [Fact]
    public void Lazy_errors_disposal_infinite_and_arguments()
    {
        var probe = new Probe<int>([7, 8]);
        var it = probe.Enumerate();
        Assert.Equal(0, probe.Pulls);
        Assert.Equal((0L, 7), it.Next());
        Assert.Equal(1, probe.Pulls);
        Assert.Equal((1L, 8), it.Next());
        Laws.Throws(s => s.Enumerate(), [1, 2, 3], 1);
        Laws.Disposes(s => s.Enumerate(), [1, 2, 3]);
        Assert.Equal((2L, 3L), Streams.Pull.Positives().Enumerate().Nth(2));
        Assert.Throws<ArgumentNullException>(() => Streams.Pull.Enumerate<int>(null!));
    }
}
