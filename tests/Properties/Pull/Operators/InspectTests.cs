using FsCheck.Xunit;
using Streams.Tests.Doubles;
using Xunit;

namespace Streams.Tests.PullTests.Operators;

public class InspectTests
{
    [Theory]
    [MemberData(nameof(Laws.InputData), MemberType = typeof(Laws))]
    public void Passes_elements_through_and_keeps_the_laws(int[] xs)
    {
        Laws.Check(s => s.Inspect(_ => { }), xs, xs);
        var seen = new List<int>();
        Assert.Equal(xs, Streams.Pull.From(xs).Inspect(seen.Add).ToList());
        Assert.Equal(xs, seen);
    }

    [Property]
    public void Action_sees_exactly_what_is_pulled(int[] xs, byte n)
    {
        xs ??= [];
        var seen = new List<int>();
        var taken = Streams.Pull.From(xs).Inspect(seen.Add).Take((long)n).ToList();
        Assert.Equal(taken, seen);
    }

    [Fact]
    public void Lazy_errors_disposal_infinite_and_arguments()
    {
        var seen = new List<int>();
        var probe = new Probe<int>([1, 2, 3]);
        var it = probe.Inspect(seen.Add);
        Assert.Empty(seen);
        Assert.Equal(1, it.Next());
        Assert.Equal([1], seen);
        Assert.Equal(1, probe.Pulls);
        Laws.Throws(s => s.Inspect(_ => { }), [1, 2, 3], 2);
        Laws.Disposes(s => s.Inspect(_ => { }), [1, 2, 3]);
        long count = 0;
        Assert.Equal(5, Streams.Pull.Positives().Inspect(_ => count++).Take(5).Count());
        Assert.Equal(5, count);
        Assert.Throws<ArgumentNullException>(() => new Probe<int>([]).Inspect(null!));
        Assert.Throws<ArgumentNullException>(() => Streams.Pull.Inspect<int>(null!, _ => { }));
    }
}
