using FsCheck.Xunit;

namespace Streams.Tests.PullTests.Linq;

public class IndexedOracleTests
{
    [Property]
    public void Index_taking_overloads(int[] xs, int bad, int n)
    {
        Func<int, int, bool> p = (x, i) => x == bad ? throw new Boom() : (x + i) % 3 != 0;
        Oracle.Same(xs, l => l.Select((x, i) => x * 10 + i), s => s.Select((x, i) => x * 10 + i).ToList());
        Oracle.Same(xs, l => l.Where(p), s => s.Where(p).ToList());
        Oracle.Same(xs, l => l.TakeWhile(p), s => s.TakeWhile(p).ToList());
        Oracle.Same(xs, l => l.SkipWhile(p), s => s.SkipWhile(p).ToList());
        Oracle.Same(xs, l => l.SkipWhile(x => x < n), s => s.SkipWhile(x => x < n).ToList());
        Oracle.Same(xs, l => l.Index(), s => s.Index().ToList());
    }

    [Property]
    public void SelectMany_shapes(int[] xs, int bad)
    {
        Func<int, List<int>> inner = x => x == bad ? throw new Boom() : Enumerable.Range(x, Oracle.OpArgsMod(x, 3)).ToList();
        Oracle.Same(xs, l => l.SelectMany(inner), s => s.SelectMany(inner).ToList());
        Oracle.Same(xs, l => l.SelectMany((x, i) => inner(x + i)), s => s.SelectMany((x, i) => inner(x + i)).ToList());
        Oracle.Same(xs, l => l.SelectMany(inner, (x, y) => x * 100 + y), s => s.SelectMany(inner, (x, y) => x * 100 + y).ToList());
        Oracle.Same(xs, l => l.SelectMany((x, i) => inner(x - i), (x, y) => x - y), s => s.SelectMany((x, i) => inner(x - i), (x, y) => x - y).ToList());
    }
}
