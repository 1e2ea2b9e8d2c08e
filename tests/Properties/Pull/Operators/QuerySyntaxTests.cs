using Streams.Tests.Doubles;
using Xunit;
using P = Streams.Pull;

namespace Streams.Tests.PullTests.Operators;

public class QuerySyntaxTests
{
    [Fact]
    public void Where_select_stays_a_lazy_iter_on_an_infinite_source()
    {
        Iter<long> q = from x in P.Positives() where x % 2 == 0 select x * x;
        Assert.Equal([4, 16, 36], q.Take(3).ToList());
    }

    [Fact]
    public void Two_froms_match_linq()
    {
        Iter<(long, long)> q = from x in P.Range(1L, 4) from y in P.Range(0, x) select (x, y);
        var expected = from x in Enumerable.Range(1, 3) from y in Enumerable.Range(0, x) select ((long)x, (long)y);
        Assert.Equal(expected, q.ToList());
        Iter<string> q2 = from x in P.Of(1, 2) from c in "ab" select $"{x}{c}";
        Assert.Equal(["1a", "1b", "2a", "2b"], q2.ToList());
        Assert.Empty((from x in P.Empty<int>() from y in P.Of(1) select x + y).ToList());
        Assert.Equal([0, 0, 1], P.Range(1, 3).SelectMany(x => P.Range(0, x)).ToList());
    }

    [Fact]
    public void Laziness_exhaustion_exceptions_and_disposal()
    {
        var probe = new Probe<int>([1, 2, 3, 4], resumesAfterEnd: true);
        var q = from x in probe where x > 1 select x * 10;
        Assert.Equal(0, probe.Calls);
        Assert.Equal(20, q.Next());
        Assert.Equal(2, probe.Pulls);
        Assert.Equal([30, 40], q.ToList());
        Assert.False(q.TryNext(out _));
        Assert.False(probe.PulledAfterEnd);
        Assert.Equal(1, probe.Releases);
        var throwing = new Probe<int>([1, 2], throwAt: 1);
        var q2 = from x in throwing from y in P.Of(1, 2) select x + y;
        Assert.Equal(2, q2.Next());
        Assert.Equal(3, q2.Next());
        Assert.Throws<ProbeException>(() => q2.Next());
        Assert.False(q2.TryNext(out _));
        Assert.Equal(1, throwing.Releases);
        var inner = new Probe<int>([1, 2]);
        var outer = new Probe<int>([1]);
        var q3 = from x in outer from y in inner select x + y;
        q3.Next();
        q3.Dispose();
        Assert.Equal(1, inner.Releases);
        Assert.Equal(1, outer.Releases);
    }
}
