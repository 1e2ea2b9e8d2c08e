using FsCheck.Xunit;
using Xunit;

namespace Streams.Tests.PullTests.Linq;

public class CountingOracleTests
{
    [Property]
    public void Any_Count_LongCount(int[] xs, int bad)
    {
        Func<int, bool> p = x => Oracle.KeyThrowingAt(bad)(x) != 0;
        Oracle.Same(xs, l => l.Any(), s => s.Any());
        Oracle.Same(xs, l => l.Any(p), s => s.Any(p));
        Oracle.Same(xs, l => l.All(p), s => s.All(p));
        Oracle.Same(xs, l => l.Count(p), s => s.Count(p));
        Oracle.Same(xs, l => l.LongCount(), s => s.LongCount());
        Oracle.Same(xs, l => l.LongCount(p), s => s.LongCount(p));
        Oracle.Same(xs, l => l.Contains(bad), s => s.Contains(bad));
        Oracle.Same(xs, l => l.Contains(bad, null), s => s.Contains(bad, null));
    }

    [Property]
    public void TryGetNonEnumeratedCount_knows_what_linq_knows_and_pulls_nothing(int[] xs)
    {
        xs ??= [];
        // Over the array itself LINQ knows the count; over a one-pass sequence (a filtered one) it does not.
        Assert.Equal((xs.TryGetNonEnumeratedCount(out var n), n), (Streams.Pull.From(xs).TryGetNonEnumeratedCount(out var m), m));
        Oracle.Same(xs, l => (l.Where(x => x > 0).TryGetNonEnumeratedCount(out var n), n, l.Count()),
            s => (s.Filter(x => x > 0).TryGetNonEnumeratedCount(out var n), n, s.LongCount()));
    }
}
