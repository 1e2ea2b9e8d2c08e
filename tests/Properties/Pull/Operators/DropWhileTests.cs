using FsCheck.Xunit;
using Streams.Tests.Doubles;
using Xunit;

namespace Streams.Tests.PullTests.Operators;

public class DropWhileTests
{
    [Theory]
    [MemberData(nameof(Laws.InputData), MemberType = typeof(Laws))]
    public void Matches_linq_and_keeps_the_laws(int[] xs)
    {
        Laws.Check(s => s.DropWhile(x => x < 5), xs, xs.SkipWhile(x => x < 5));
        Laws.Check(s => s.DropWhile(_ => true), xs, []);
        Laws.Check(s => s.DropWhile(_ => false), xs, xs);
    }

    [Property]
    public void Model(int[] xs, int limit)
    {
        xs ??= [];
        Assert.Equal(xs.SkipWhile(x => x != limit), Streams.Pull.From(xs).DropWhile(x => x != limit).ToList());
    }

    [Fact]
    public void Predicate_is_not_called_after_it_first_fails_and_pulls_are_lazy()
    {
        int calls = 0;
        var probe = new Probe<int>([1, 7, 1, 1]);
        var it = probe.DropWhile(x => { calls++; return x < 5; });
        Assert.Equal(0, probe.Pulls);
        Assert.Equal(7, it.Next());
        Assert.Equal(2, probe.Pulls);
        Assert.Equal([1, 1], it.ToList());
        Assert.Equal(2, calls);
        Assert.Equal([10L, 11L], Streams.Pull.Positives().DropWhile(x => x < 10).Take(2).ToList());
    }

    [Fact]
    public void Errors_disposal_and_arguments()
    {
        Laws.Throws(s => s.DropWhile(x => x < 2), [1, 2, 3, 4], 1);
        Laws.Throws(s => s.DropWhile(x => x < 2), [1, 2, 3, 4], 3);
        Laws.Disposes(s => s.DropWhile(x => x < 2), [1, 2, 3]);
        Assert.Throws<ArgumentNullException>(() => new Probe<int>([]).DropWhile(null!));
        Assert.Throws<ArgumentNullException>(() => Streams.Pull.DropWhile<int>(null!, _ => true));
    }
}
