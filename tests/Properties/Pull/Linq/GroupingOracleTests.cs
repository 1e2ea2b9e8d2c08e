using FsCheck.Xunit;

namespace Streams.Tests.PullTests.Linq;

public class GroupingOracleTests
{
    [Property]
    public void GroupBy_shapes(int[] xs, int bad)
    {
        var key = Oracle.KeyThrowingAt(bad);
        Oracle.Same(xs, l => l.GroupBy(key), s => s.GroupBy(key).ToList());
        Oracle.Same(xs, l => l.GroupBy(key, x => x * 2), s => s.GroupBy(key, x => x * 2).ToList());
        Oracle.Same(xs, l => l.GroupBy(key, (k, g) => k * 1000 + g.Sum()), s => s.GroupBy(key, (k, g) => k * 1000 + g.Sum()).ToList());
        Oracle.Same(xs, l => l.GroupBy(key, x => -x, (k, g) => g.Max(), null), s => s.GroupBy(key, x => -x, (k, g) => g.Max(), null).ToList());
    }
}
