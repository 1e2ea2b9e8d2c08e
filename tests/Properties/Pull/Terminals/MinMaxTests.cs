using FsCheck.Xunit;
using Streams.Tests.Doubles;
using Xunit;

namespace Streams.Tests.PullTests.Terminals;

public class MinMaxTests
{
    [Property]
    public void Match_linq(int[] xs)
    {
        xs ??= [];
        if (xs.Length == 0)
        {
            Assert.Throws<IteratorExhaustedException>(() => Streams.Pull.From(xs).Min());
            Assert.Throws<IteratorExhaustedException>(() => Streams.Pull.From(xs).Max());
            return;
        }
        Assert.Equal(xs.Min(), Streams.Pull.From(xs).Min());
        Assert.Equal(xs.Max(), Streams.Pull.From(xs).Max());
        Assert.Equal(xs.Max(), Streams.Pull.From(xs).Min(Comparer<int>.Create((a, b) => b.CompareTo(a))));
        Assert.Equal(xs.MinBy(x => Math.Abs((long)x)), Streams.Pull.From(xs).MinBy(x => Math.Abs((long)x)));
        Assert.Equal(xs.MaxBy(x => x % 3), Streams.Pull.From(xs).MaxBy(x => x % 3));
    }

    [Fact]
    public void First_of_equal_elements_wins_like_python()
    {
        var words = Streams.Pull.Of("bb", "a", "cc", "d");
        Assert.Equal("bb", Streams.Pull.Of("bb", "a", "cc", "d").MaxBy(s => s.Length));
        Assert.Equal("a", words.MinBy(s => s.Length));
        var cmp = StringComparer.OrdinalIgnoreCase;
        Assert.Equal("b", Streams.Pull.Of("b", "B", "a").Max(cmp));
        Assert.Equal("a", Streams.Pull.Of("b", "a", "A").Min(cmp));
        Assert.Equal("A", Streams.Pull.Of("b", "A", "a").Min(cmp));
        Assert.Equal("x", Streams.Pull.Of("y", "x").MinBy(s => s, null));
        Assert.Equal(2, Streams.Pull.Of(1, 2).Max(null));
    }

    [Fact]
    public void Consume_everything_release_once_and_propagate_errors()
    {
        var probe = new Probe<int>([3, 1, 2], resumesAfterEnd: true);
        Assert.Equal(1, probe.Min());
        Assert.Equal(3, probe.Pulls);
        Assert.Equal(1, probe.Releases);
        Assert.False(probe.PulledAfterEnd);
        var probe2 = new Probe<int>([3, 1, 2], throwAt: 1);
        Assert.Throws<ProbeException>(() => probe2.MaxBy(x => x));
        Assert.Equal(1, probe2.Releases);
        Assert.Throws<IteratorExhaustedException>(() => Streams.Pull.Empty<int>().MinBy(x => x));
        Assert.Throws<IteratorExhaustedException>(() => Streams.Pull.Empty<int>().MaxBy(x => x));
        Assert.Equal(3, Streams.Pull.Positives().Take(3).Max());
        Assert.Throws<ArgumentNullException>(() => Streams.Pull.Min<int>(null!));
        Assert.Throws<ArgumentNullException>(() => Streams.Pull.Max<int>(null!));
        Assert.Throws<ArgumentNullException>(() => Streams.Pull.Of(1).MinBy<int, int>(null!));
        Assert.Throws<ArgumentNullException>(() => Streams.Pull.MaxBy<int, int>(null!, x => x));
    }
}
