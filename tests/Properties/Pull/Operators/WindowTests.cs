using FsCheck.Xunit;
using Streams.Tests.Doubles;
using Xunit;

namespace Streams.Tests.PullTests.Operators;

public class WindowTests
{
    private static List<int[]> Model(int[] xs, int n) =>
        Enumerable.Range(0, Math.Max(0, xs.Length - n + 1)).Select(i => xs.Skip(i).Take(n).ToArray()).ToList();

    [Theory]
    [MemberData(nameof(Laws.InputData), MemberType = typeof(Laws))]
    public void Matches_model_and_keeps_the_laws(int[] xs)
    {
        foreach (int n in new[] { 1, 2, 3, 20 }) Laws.Check(s => s.Window(n), xs, Model(xs, n));
    }

    [Property]
    public void Model_property(int[] xs, byte size)
    {
        xs ??= [];
        int n = size % 6 + 1;
        Assert.Equal(Model(xs, n), Streams.Pull.From(xs).Window(n).ToList());
    }

    [Fact]
    public void Windows_are_independent_arrays()
    {
        var windows = Streams.Pull.Of(1, 2, 3, 4).Window(2).ToList();
        windows[0][0] = 99;
        Assert.Equal([2, 3], windows[1]);
        Assert.Equal([3, 4], windows[2]);
    }

    [Fact]
    public void Lazy_errors_disposal_infinite_and_arguments()
    {
        var probe = new Probe<int>([1, 2, 3, 4]);
        var it = probe.Window(3);
        Assert.Equal(0, probe.Pulls);
        Assert.Equal([1, 2, 3], it.Next());
        Assert.Equal(3, probe.Pulls);
        Assert.Equal([2, 3, 4], it.Next());
        Assert.Equal(4, probe.Pulls);
        Laws.Throws(s => s.Window(2), [1, 2, 3], 1);
        Laws.Throws(s => s.Window(2), [1, 2, 3], 2);
        Laws.Disposes(s => s.Window(2), [1, 2, 3]);
        Assert.Equal([[1L, 2L], [2L, 3L]], Streams.Pull.Positives().Window(2).Take(2).ToList());
        Assert.Throws<ArgumentOutOfRangeException>(() => new Probe<int>([]).Window(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Probe<int>([]).Window(-1));
        Assert.Throws<ArgumentNullException>(() => Streams.Pull.Window<int>(null!, 2));
    }
}
