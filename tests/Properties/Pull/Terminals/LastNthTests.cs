using FsCheck.Xunit;
using Streams.Tests.Doubles;
using Xunit;

namespace Streams.Tests.PullTests.Terminals;

public class LastNthTests
{
    [Property]
    public void Last_matches_linq(int[] xs)
    {
        xs ??= [];
        if (xs.Length == 0) Assert.Throws<IteratorExhaustedException>(() => Streams.Pull.From(xs).Last());
        else Assert.Equal(xs.Last(), Streams.Pull.From(xs).Map(x => x).Last());
    }

    [Property]
    public void Nth_matches_linq_and_consumes_n_plus_one(int[] xs, byte n)
    {
        xs ??= [];
        var probe = new Probe<int>(xs);
        if (n < xs.Length)
        {
            Assert.Equal(xs[n], probe.Nth((long)n));
            Assert.Equal(n + 1, probe.Pulls);
            Assert.Equal(xs.Skip(n + 1), probe.ToList());
        }
        else
        {
            Assert.Throws<IteratorExhaustedException>(() => probe.Nth(n));
            Assert.Equal(xs.Length, probe.Pulls);
            Assert.Equal(1, probe.Releases);
        }
    }

    [Fact]
    public void Nth_walks_infinite_sources_and_checks_arguments()
    {
        var it = Streams.Pull.Positives();
        Assert.Equal(3, it.Nth(2));
        Assert.Equal(4, it.Nth(0));
        Assert.Equal(4, it.Nth(0) - 1);
        var inf = new InfiniteProbe();
        Assert.Equal(10, inf.Map(x => x).Nth(10));
        Assert.Equal(11, inf.Pulls);
        Assert.Throws<ArgumentOutOfRangeException>(() => Streams.Pull.Of(1).Nth(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Streams.Pull.Of(1).Nth(-1L));
        Assert.Throws<ArgumentNullException>(() => Streams.Pull.Nth<int>(null!, 0));
        var probe = new Probe<int>([1, 2], throwAt: 1);
        Assert.Throws<ProbeException>(() => probe.Nth(3));
        Assert.Equal(1, probe.Releases);
    }

    [Fact]
    public void Last_consumes_everything_and_releases_once()
    {
        var probe = new Probe<int>([1, 2, 3], resumesAfterEnd: true);
        Assert.Equal(3, probe.Last());
        Assert.Equal(1, probe.Releases);
        Assert.False(probe.PulledAfterEnd);
        Assert.Throws<IteratorExhaustedException>(() => probe.Last());
        Assert.Equal(5L, Streams.Pull.Positives().TakeWhile(x => x <= 5).Last());
        var probe2 = new Probe<int>([1, 2, 3], throwAt: 2);
        Assert.Throws<ProbeException>(() => probe2.Last());
        Assert.Equal(1, probe2.Releases);
        Assert.Throws<ArgumentNullException>(() => Streams.Pull.Last<int>(null!));
    }
}
