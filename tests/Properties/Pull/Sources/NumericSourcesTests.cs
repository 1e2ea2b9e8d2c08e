using System.Numerics;
using FsCheck.Xunit;
using Xunit;
using P = Streams.Pull;

namespace Streams.Tests.PullTests.Sources;

/// <summary>Range, CountFrom and Positives are generic: the element type is inferred from the arguments, and each
/// type gives Python's <c>range</c>/<c>count</c> values, computed here in BigInteger as the oracle.</summary>
public class NumericSourcesTests
{
    // Python's range(start, stop, step), in unbounded integers.
    private static List<BigInteger> PythonRange(BigInteger start, BigInteger stop, BigInteger step, int limit = 1000)
    {
        var values = new List<BigInteger>();
        for (var v = start; (step > 0 ? v < stop : v > stop) && values.Count < limit; v += step) values.Add(v);
        return values;
    }

    [Property]
    public void Range_matches_python_in_every_integer_type(int start, int stop, int step)
    {
        if (step == 0) step = 1;
        Assert.Equal(PythonRange(start, stop, step), P.Range(start, stop, step).Take(1000).Map(x => (BigInteger)x).ToList());
        long ls = (long)start << 20, lt = (long)stop << 20, lp = (long)step << 16;
        Assert.Equal(PythonRange(ls, lt, lp), P.Range(ls, lt, lp).Take(1000).Map(x => (BigInteger)x).ToList());
        BigInteger bs = (BigInteger)start << 90, bt = (BigInteger)stop << 90, bp = (BigInteger)step << 86;
        Assert.Equal(PythonRange(bs, bt, bp), P.Range(bs, bt, bp).Take(1000).ToList());
        Int128 i = (Int128)start << 90, j = (Int128)stop << 90, d = (Int128)step << 86;
        Assert.Equal(PythonRange(i, j, d), P.Range(i, j, d).Take(1000).Map(x => (BigInteger)x).ToList());
    }

    [Property]
    public void Range_near_the_limits_of_a_small_type_neither_wraps_nor_loops(byte start, byte stop, sbyte step)
    {
        if (step == 0) step = 1;
        // Every byte range, stepping over the end of the type: counts come out exact, with no wrap-around.
        int up = Math.Abs((int)step);
        Assert.Equal(PythonRange(start, stop, up), P.Range(start, stop, (byte)up).Map(x => (BigInteger)x).ToList());
        sbyte s = unchecked((sbyte)start), t = unchecked((sbyte)stop);
        Assert.Equal(PythonRange(s, t, step), P.Range(s, t, step).Map(x => (BigInteger)x).ToList());
        Assert.Equal(PythonRange(int.MaxValue - start, int.MaxValue, step > 0 ? step : -step), P.Range(int.MaxValue - start, int.MaxValue, step > 0 ? (int)step : -step).Map(x => (BigInteger)x).ToList());
        Assert.Equal(PythonRange(int.MinValue + stop, int.MinValue, step < 0 ? step : -step), P.Range(int.MinValue + stop, int.MinValue, step < 0 ? (int)step : -step).Map(x => (BigInteger)x).ToList());
    }

    [Fact]
    public void Whole_type_ranges_have_exact_lengths()
    {
        Assert.Equal(1 << 16, P.Range(int.MinValue, int.MaxValue, 1 << 16).Count());
        Assert.Equal(int.MaxValue, P.Range(0, int.MaxValue).Count());
        Assert.Equal(3, P.Range(long.MinValue, long.MaxValue, long.MaxValue).Count());
        Assert.Equal([long.MaxValue - 1, long.MaxValue], P.Range(long.MaxValue - 1, long.MaxValue, 1).Chain(P.Of(long.MaxValue)).ToList());
        Assert.Equal(3, P.Range(Int128.MinValue, Int128.MaxValue, Int128.MaxValue).Count());
        Assert.Equal(255, P.Range<byte>(0, 255).Count());
        Assert.Empty(P.Range((byte)255, (byte)0, (byte)1).ToList());
    }

    [Fact]
    public void Types_are_inferred_so_an_int_pipeline_needs_no_casts()
    {
        Iter<int> ints = P.Range(0, 10);
        Iter<long> longs = P.Range(0L, 10);
        Iter<int> counter = P.CountFrom(5, 2);
        Iter<double> halves = P.CountFrom(0.5, 0.5);
        Iter<int> positives = P.Positives<int>();
        Iter<long> positivesLong = P.Positives();
        int total = ints.Filter(x => x % 2 == 0).Sum();
        Assert.Equal(20, total);
        Assert.Equal(45L, longs.Sum());
        Assert.Equal([5, 7, 9], counter.Take(3).ToList());
        Assert.Equal([0.5, 1.0, 1.5], halves.Take(3).ToList());
        Assert.Equal([1, 2, 3], positives.Take(3).ToList());
        Assert.Equal([1L, 2L], positivesLong.Take(2).ToList());
        Assert.Equal([7, 8], P.CountFrom(7).Take(2).ToList());
    }

    [Property]
    public void CountFrom_wraps_like_unchecked_arithmetic(int start, int step, byte n)
    {
        var expected = Enumerable.Range(0, n).Select(i => unchecked(start + i * step)).ToList();
        Assert.Equal(expected, P.CountFrom(start, step).Take(n).ToList());
        var it = P.CountFrom(start, step);
        Assert.Equal(expected, Enumerable.Range(0, n).Select(_ => it.Next()).ToList());
        Assert.Equal(unchecked(int.MaxValue + 1), P.CountFrom(int.MaxValue).Skip(1).Next());
    }

    [Fact]
    public void A_zero_step_is_rejected_eagerly_by_name()
    {
        Assert.Equal("step", Assert.Throws<ArgumentOutOfRangeException>(() => P.Range(0, 10, 0)).ParamName);
        Assert.Equal("step", Assert.Throws<ArgumentOutOfRangeException>(() => P.Range(BigInteger.Zero, 10, 0)).ParamName);
    }
}
