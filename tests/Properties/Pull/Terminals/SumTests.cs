using System.Numerics;
using FsCheck.Xunit;
using Streams.Tests.Doubles;
using Xunit;
using P = Streams.Pull;

namespace Streams.Tests.PullTests.Terminals;

/// <summary>Sum and WrappingSum: LINQ is the oracle for the types LINQ sums (values and exceptions, overflow
/// included); a checked fold is the oracle for the generic-math types LINQ has no Sum for.</summary>
public class SumTests
{
    // Spreads FsCheck's small numbers over the whole range, so that sums overflow in about half of the cases.
    internal static int Big(int x) => x switch
    {
        _ when x % 3 == 0 => int.MaxValue - x,
        _ when x % 5 == 0 => int.MinValue + Math.Abs(x),
        _ => unchecked(x * 40_000_000),
    };

    internal static long BigLong(int x) => (long)Big(x) << 32 | (uint)x;

    [Property]
    public void Int_sum_is_checked_like_linq(int[] seeds)
    {
        int[] xs = (seeds ?? []).Select(Big).ToArray();
        // An array with nothing between: LINQ's span sum. With a stage between: LINQ's element-by-element sum.
        Assert.Equal(Outcome<int>.Of(() => xs.Sum()), Outcome<int>.Of(() => P.From(xs).Sum()));
        Assert.Equal(Outcome<int>.Of(() => xs.Select(x => x).Sum()), Outcome<int>.Of(() => P.From(xs).Map(x => x).Sum()));
        Assert.Equal(Outcome<int>.Of(() => xs.Sum(x => x)), Outcome<int>.Of(() => P.From(xs).Sum(x => x)));
    }

    [Property]
    public void Long_sum_is_checked_like_linq(int[] seeds)
    {
        long[] xs = (seeds ?? []).Select(BigLong).ToArray();
        Assert.Equal(Outcome<long>.Of(() => xs.Sum()), Outcome<long>.Of(() => P.From(xs).Sum()));
        Assert.Equal(Outcome<long>.Of(() => xs.Select(x => x).Sum()), Outcome<long>.Of(() => P.From(xs).Map(x => x).Sum()));
        Assert.Equal(Outcome<long>.Of(() => xs.Sum(x => x)), Outcome<long>.Of(() => P.From(xs).Sum(x => x)));
    }

    [Fact]
    public void Overflow_throws_where_the_same_numbers_wrap_in_WrappingSum()
    {
        Assert.Throws<OverflowException>(() => P.Of(int.MaxValue, 1).Sum());
        Assert.Equal(int.MinValue, P.Of(int.MaxValue, 1).WrappingSum());
        Assert.Throws<OverflowException>(() => P.Of(long.MinValue, -1L).Sum());
        Assert.Equal(long.MaxValue, P.Of(long.MinValue, -1L).WrappingSum());
        Assert.Throws<OverflowException>(() => P.Of(Int128.MaxValue, Int128.One).Sum());
        Assert.Equal(Int128.MinValue, P.Of(Int128.MaxValue, Int128.One).WrappingSum());
        Assert.Throws<OverflowException>(() => P.Of<byte>(200, 56).Sum());
        Assert.Equal((byte)0, P.Of<byte>(200, 56).WrappingSum());
        Assert.Throws<OverflowException>(() => P.Of(decimal.MaxValue, 1m).Sum()); // decimal always checks
        // Sequential order matters for checked sums over a stage: the intermediate MaxValue + 1 overflows.
        Assert.Throws<OverflowException>(() => P.Of(int.MaxValue, 1, -1).Map(x => x).Sum());
        Assert.Equal(int.MaxValue, P.Of(int.MaxValue, 1, -1).WrappingSum());
    }

    [Property]
    public void WrappingSum_is_the_unchecked_fold(int[] seeds)
    {
        long[] xs = (seeds ?? []).Select(BigLong).ToArray();
        Assert.Equal(xs.Aggregate(0L, (a, x) => unchecked(a + x)), P.From(xs).WrappingSum());
        int[] ys = (seeds ?? []).Select(Big).ToArray();
        Assert.Equal(ys.Aggregate(0, (a, x) => unchecked(a + x)), P.From(ys).Map(x => x).WrappingSum());
    }

    [Property]
    public void Generic_math_types_sum_like_a_checked_fold(int[] seeds)
    {
        int[] xs = seeds ?? [];
        Int128[] wide = xs.Select(x => (Int128)BigLong(x) << 62).ToArray();
        Assert.Equal(Outcome<Int128>.Of(() => wide.Aggregate(Int128.Zero, (a, x) => checked(a + x))), Outcome<Int128>.Of(() => P.From(wide).Sum()));
        BigInteger[] big = xs.Select(x => (BigInteger)BigLong(x) << 100).ToArray();
        Assert.Equal(big.Aggregate(BigInteger.Zero, (a, x) => a + x), P.From(big).Sum());
        short[] shorts = xs.Select(x => (short)(x * 1000)).ToArray();
        Assert.Equal(Outcome<short>.Of(() => shorts.Aggregate((short)0, (a, x) => checked((short)(a + x)))), Outcome<short>.Of(() => P.From(shorts).Sum()));
        Money[] money = xs.Select(x => new Money(x * 0.25m)).ToArray();
        Assert.Equal(new Money(xs.Sum(x => x * 0.25m)), P.From(money).Sum());
    }

    [Property]
    public void Floating_point_and_decimal_sums_match_linq_bit_for_bit(float[] fs, double[] ds, decimal[] ms)
    {
        fs ??= [];
        ds ??= [];
        ms ??= [];
        Assert.Equal(fs.Sum(), P.From(fs).Sum()); // LINQ adds floats in double and rounds once
        Assert.Equal(fs.Sum(x => x), P.From(fs).Sum(x => x));
        Assert.Equal(ds.Sum(), P.From(ds).Sum());
        Assert.Equal(ds.Sum(x => x / 3), P.From(ds).Sum(x => x / 3));
        Assert.Equal(Outcome<decimal>.Of(() => ms.Sum()), Outcome<decimal>.Of(() => P.From(ms).Sum()));
    }

    [Property]
    public void Nullable_sums_skip_nulls_like_linq(int?[] xs, float?[] fs, double?[] ds)
    {
        xs ??= [];
        fs ??= [];
        ds ??= [];
        int?[] big = xs.Select(x => x is int v ? Big(v) : (int?)null).ToArray();
        Assert.Equal(Outcome<int?>.Of(() => big.Sum()), Outcome<int?>.Of(() => P.From(big).Sum()));
        Assert.Equal(Outcome<int?>.Of(() => big.Sum(x => x)), Outcome<int?>.Of(() => P.From(big).Sum(x => x)));
        Assert.Equal(fs.Sum(), P.From(fs).Sum());
        Assert.Equal(fs.Sum(x => x), P.From(fs).Sum(x => x));
        Assert.Equal(ds.Sum(), P.From(ds).Sum());
        Assert.Equal(0, P.Empty<int?>().Sum()); // never null, as in LINQ
    }

    [Fact]
    public void Result_types_follow_linq()
    {
        int i = P.Range(1, 101).Sum();
        long l = P.Range(1L, 101L).Sum();
        float f = P.Of(0.1f, 0.2f).Sum();
        int? ni = P.Of<int?>(1, null).Sum();
        long bySelector = P.Of("a", "bc").Sum(s => (long)s.Length);
        float? nf = P.Of("a").Sum(s => (float?)s.Length);
        Assert.Equal((5050, 5050L, 0.1f + 0.2f, (int?)1, 3L, (float?)1f), (i, l, f, ni, bySelector, nf));
    }

    [Fact]
    public void Arguments_are_checked_eagerly_with_their_names()
    {
        Assert.Equal("source", Assert.Throws<ArgumentNullException>(() => P.Sum((Iter<int>)null!)).ParamName);
        Assert.Equal("source", Assert.Throws<ArgumentNullException>(() => P.WrappingSum<int>(null!)).ParamName);
        Assert.Equal("selector", Assert.Throws<ArgumentNullException>(() => P.Of(1).Sum((Func<int, long>)null!)).ParamName);
        Assert.Equal("source", Assert.Throws<ArgumentNullException>(() => P.Sum(null!, (int x) => x)).ParamName);
    }

    [Fact]
    public void An_overflow_finishes_and_releases_the_iterator_once()
    {
        var probe = new Probe<int>([int.MaxValue, 1, 5]);
        Assert.Throws<OverflowException>(() => probe.Sum());
        Assert.Equal(1, probe.Releases);
        Assert.True(probe.IsFinished);
        Assert.False(probe.TryNext(out _));
    }
}
