using FsCheck;
using FsCheck.Xunit;
using Xunit;

namespace Streams.Tests.PullTests.Linq;

public class PartitioningOracleTests
{
    [Property]
    public void Take_Skip_with_counts_from_zero(int[] xs, NonNegativeInt n)
    {
        Oracle.Same(xs, l => l.Take(n.Get), s => s.Take(n.Get).ToList());
        Oracle.Same(xs, l => l.Skip(n.Get), s => s.Skip(n.Get).ToList());
        Oracle.Same(xs, l => l.TakeLast(n.Get), s => s.TakeLast(n.Get).ToList());
        Oracle.Same(xs, l => l.SkipLast(n.Get), s => s.SkipLast(n.Get).ToList());
    }

    [Property]
    public void Take_with_a_range(int[] xs, byte a, byte b, bool aFromEnd, bool bFromEnd)
    {
        var range = new Range(new Index(a % 12, aFromEnd), new Index(b % 12, bFromEnd));
        Oracle.Same(xs, l => l.Take(range), s => s.Take(range).ToList());
    }

    [Property]
    public void Chunk(int[] xs, int size)
    {
        int n = size % 6;
        Oracle.Same(xs, l => l.Chunk(n), s => s.Chunk(n).ToList());
    }

    // A documented deviation (docs/linq-exclusions.md): where LINQ silently treats a negative count as zero, Streams
    // throws eagerly, naming the parameter.
    [Fact]
    public void Negative_counts_throw_where_linq_accepts_them()
    {
        var it = Streams.Pull.Of(1, 2, 3);
        Assert.Equal("count", Assert.Throws<ArgumentOutOfRangeException>(() => it.Take(-1)).ParamName);
        Assert.Equal("count", Assert.Throws<ArgumentOutOfRangeException>(() => it.Skip(-1)).ParamName);
        Assert.Equal("count", Assert.Throws<ArgumentOutOfRangeException>(() => it.TakeLast(-1)).ParamName);
        Assert.Equal("count", Assert.Throws<ArgumentOutOfRangeException>(() => it.SkipLast(-1)).ParamName);
        Assert.Empty(new[] { 1 }.Take(-1));
    }
}
