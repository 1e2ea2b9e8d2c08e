using FsCheck.Xunit;

namespace Streams.Tests.PullTests.Linq;

public class ElementsOracleTests
{
    [Property]
    public void ElementAt_and_OrDefault(int[] xs, int i)
    {
        Oracle.Same(xs, l => l.ElementAt(i), s => s.ElementAt(i));
        Oracle.Same(xs, l => l.ElementAtOrDefault(i), s => s.ElementAtOrDefault(i));
        var fromEnd = ^Oracle.OpArgsMod(i, 6);
        Oracle.Same(xs, l => l.ElementAt(fromEnd), s => s.ElementAt(fromEnd));
        Oracle.Same(xs, l => l.ElementAtOrDefault(fromEnd), s => s.ElementAtOrDefault(fromEnd));
    }

    [Property]
    public void First_and_Last_shapes(int[] xs, int bad, int d)
    {
        Func<int, bool> p = x => Oracle.KeyThrowingAt(bad)(x) == 1;
        Oracle.Same(xs, l => l.First(), s => s.First());
        Oracle.Same(xs, l => l.First(p), s => s.First(p));
        Oracle.Same(xs, l => l.FirstOrDefault(), s => s.FirstOrDefault());
        Oracle.Same(xs, l => l.FirstOrDefault(d), s => s.FirstOrDefault(d));
        Oracle.Same(xs, l => l.FirstOrDefault(p), s => s.FirstOrDefault(p));
        Oracle.Same(xs, l => l.FirstOrDefault(p, d), s => s.FirstOrDefault(p, d));
        Oracle.Same(xs, l => l.Last(), s => s.Last());
        Oracle.Same(xs, l => l.Last(p), s => s.Last(p));
        Oracle.Same(xs, l => l.LastOrDefault(), s => s.LastOrDefault());
        Oracle.Same(xs, l => l.LastOrDefault(d), s => s.LastOrDefault(d));
        Oracle.Same(xs, l => l.LastOrDefault(p), s => s.LastOrDefault(p));
        Oracle.Same(xs, l => l.LastOrDefault(p, d), s => s.LastOrDefault(p, d));
    }

    [Property]
    public void Single_shapes(int[] xs, int bad, int d)
    {
        Func<int, bool> p = x => Oracle.KeyThrowingAt(bad)(x) == 1;
        Oracle.Same(xs, l => l.Single(), s => s.Single());
        Oracle.Same(xs, l => l.Single(p), s => s.Single(p));
        Oracle.Same(xs, l => l.SingleOrDefault(), s => s.SingleOrDefault());
        Oracle.Same(xs, l => l.SingleOrDefault(d), s => s.SingleOrDefault(d));
        Oracle.Same(xs, l => l.SingleOrDefault(p), s => s.SingleOrDefault(p));
        Oracle.Same(xs, l => l.SingleOrDefault(p, d), s => s.SingleOrDefault(p, d));
    }

    [Property]
    public void Null_predicates_name_the_parameter(int[] xs)
    {
        Oracle.Same(xs, l => l.First(null!), s => s.First(null!));
        Oracle.Same(xs, l => l.LastOrDefault((Func<int, bool>)null!), s => s.LastOrDefault((Func<int, bool>)null!));
        Oracle.Same(xs, l => l.Single(null!), s => s.Single(null!));
    }
}
