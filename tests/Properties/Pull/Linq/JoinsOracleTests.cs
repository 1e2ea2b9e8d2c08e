using FsCheck.Xunit;

namespace Streams.Tests.PullTests.Linq;

public class JoinsOracleTests
{
    [Property]
    public void Join_GroupJoin_LeftJoin_RightJoin(int[] xs, int[] ys, int bad)
    {
        ys ??= [];
        var key = Oracle.KeyThrowingAt(bad);
        Func<int, int> innerKey = y => Oracle.OpArgsMod(y, 3);
        Oracle.Same(xs, l => l.Join(ys, key, innerKey, (x, y) => (x, y)), s => s.Join(ys, key, innerKey, (x, y) => (x, y)).ToList());
        Oracle.Same(xs, l => l.GroupJoin(ys, key, innerKey, (x, g) => (x, g.Count())), s => s.GroupJoin(ys, key, innerKey, (x, g) => (x, g.Count())).ToList());
        Oracle.Same(xs, l => l.LeftJoin(ys, key, innerKey, (x, y) => (x, y)), s => s.LeftJoin(ys, key, innerKey, (x, y) => (x, y)).ToList());
        Oracle.Same(xs, l => l.RightJoin(ys, key, innerKey, (x, y) => (x, y)), s => s.RightJoin(ys, key, innerKey, (x, y) => (x, y)).ToList());
    }
}
