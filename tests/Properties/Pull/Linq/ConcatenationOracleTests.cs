using FsCheck.Xunit;

namespace Streams.Tests.PullTests.Linq;

public class ConcatenationOracleTests
{
    [Property]
    public void Append_and_Prepend(int[] xs, int x)
    {
        Oracle.Same(xs, l => l.Append(x), s => s.Append(x).ToList());
        Oracle.Same(xs, l => l.Prepend(x), s => s.Prepend(x).ToList());
    }

    [Property]
    public void Concat(int[] xs, int[] ys)
    {
        Oracle.Same(xs, l => l.Concat(ys ?? []), s => s.Concat(ys ?? []).ToList());
        Oracle.Same(xs, l => l.Concat(null!), s => s.Concat(null!));
    }

    [Property]
    public void DefaultIfEmpty(int[] xs, int x)
    {
        Oracle.Same(xs, l => l.DefaultIfEmpty(), s => s.DefaultIfEmpty().ToList());
        Oracle.Same(xs, l => l.DefaultIfEmpty(x), s => s.DefaultIfEmpty(x).ToList());
    }
}
