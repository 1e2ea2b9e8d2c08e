using FsCheck.Xunit;

namespace Streams.Tests.PullTests.Linq;

public class AggregationOracleTests
{
    [Property]
    public void Aggregate_shapes(int[] xs, int seed, int bad)
    {
        Func<int, int, int> f = (acc, x) => x == bad ? throw new Boom() : unchecked(acc * 3 + x);
        Oracle.Same(xs, l => l.Aggregate(f), s => s.Aggregate(f));
        Oracle.Same(xs, l => l.Aggregate(seed, f), s => s.Aggregate(seed, f));
        Oracle.Same(xs, l => l.Aggregate(seed, f, a => a.ToString()), s => s.Aggregate(seed, f, a => a.ToString()));
    }

    [Property]
    public void AggregateBy_and_CountBy(int[] xs, int seed, int bad)
    {
        var key = Oracle.KeyThrowingAt(bad);
        Func<int, int, int> f = (acc, x) => unchecked(acc * 2 - x);
        Oracle.Same(xs, l => l.AggregateBy(key, seed, f), s => s.AggregateBy(key, seed, f).ToList());
        Oracle.Same(xs, l => l.AggregateBy(key, k => k + seed, f), s => s.AggregateBy(key, k => k + seed, f).ToList());
        Oracle.Same(xs, l => l.CountBy(key), s => s.CountBy(key).ToList());
    }
}
