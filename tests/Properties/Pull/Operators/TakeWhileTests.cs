using FsCheck.Xunit;
using Streams.Tests.Doubles;
using Xunit;

namespace Streams.Tests.PullTests.Operators;

public class TakeWhileTests
{
    [Theory]
    [MemberData(nameof(Laws.InputData), MemberType = typeof(Laws))]
    public void Matches_linq_and_keeps_the_laws(int[] xs)
    {
        Laws.Check(s => s.TakeWhile(x => x < 5), xs, xs.TakeWhile(x => x < 5));
        Laws.Check(s => s.TakeWhile(_ => true), xs, xs);
        Laws.Check(s => s.TakeWhile(_ => false), xs, []);
    }

    [Property]
    public void Model(int[] xs, int limit)
    {
        xs ??= [];
        Assert.Equal(xs.TakeWhile(x => x < limit), Streams.Pull.From(xs).TakeWhile(x => x < limit).ToList());
    }

    [Fact]
    public void Pulls_up_to_and_including_the_first_failing_element()
    {
        var probe = new Probe<int>([1, 2, 9, 3, 4]);
        var it = probe.TakeWhile(x => x < 5);
        Assert.Equal(0, probe.Pulls);
        Assert.Equal([1, 2], it.ToList());
        Assert.Equal(3, probe.Pulls);
        Assert.Equal(0, probe.Releases); // stopping at 9 leaves the probe open: 9 is lost, 3 is next (as in Python)
        Assert.Equal(3, probe.Next());

        var inf = new InfiniteProbe();
        Assert.Equal(4, inf.TakeWhile(x => x < 4).Count());
        Assert.Equal(5, inf.Pulls);
        Assert.Equal(0, inf.Releases);
        Assert.Equal(5, inf.Next());
    }

    [Fact]
    public void Errors_disposal_and_arguments()
    {
        Laws.Throws(s => s.TakeWhile(x => x < 10), [1, 2, 3], 2);
        Laws.Disposes(s => s.TakeWhile(x => x < 10), [1, 2, 3]);
        var probe = new Probe<int>([1, 2, 3]);
        var ex = new InvalidOperationException("boom");
        var it = probe.TakeWhile(x => x == 2 ? throw ex : true);
        Assert.Same(ex, Assert.Throws<InvalidOperationException>(() => it.ToList()));
        Assert.Equal(1, probe.Releases);
        Assert.Throws<ArgumentNullException>(() => new Probe<int>([]).TakeWhile((Func<int, bool>)null!));
        Assert.Throws<ArgumentNullException>(() => Streams.Pull.TakeWhile<int>(null!, _ => true));
    }
}
