using FsCheck.Xunit;

namespace Streams.Tests.PullTests.Linq;

public class SetsOracleTests
{
    [Property]
    public void Distinct_Except_Intersect_Union(int[] xs, int[] ys)
    {
        ys ??= [];
        Oracle.Same(xs, l => l.Distinct(), s => s.Distinct().ToList());
        Oracle.Same(xs, l => l.Except(ys), s => s.Except(ys).ToList());
        Oracle.Same(xs, l => l.Intersect(ys), s => s.Intersect(ys).ToList());
        Oracle.Same(xs, l => l.Union(ys), s => s.Union(ys).ToList());
        Oracle.Same(xs, l => l.Union(ys, null), s => s.Union(ys, null).ToList());
    }

    [Property]
    public void By_forms_with_a_throwing_key(int[] xs, int[] ys, int bad)
    {
        ys ??= [];
        var key = Oracle.KeyThrowingAt(bad);
        var keys = ys.Select(y => Oracle.OpArgsMod(y, 3)).ToList();
        Oracle.Same(xs, l => l.DistinctBy(key), s => s.DistinctBy(key).ToList());
        Oracle.Same(xs, l => l.ExceptBy(keys, key), s => s.ExceptBy(keys, key).ToList());
        Oracle.Same(xs, l => l.IntersectBy(keys, key), s => s.IntersectBy(keys, key).ToList());
        Oracle.Same(xs, l => l.UnionBy(ys, key), s => s.UnionBy(ys, key).ToList());
    }
}
