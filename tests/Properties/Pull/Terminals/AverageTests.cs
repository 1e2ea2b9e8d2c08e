using System.Numerics;
using FsCheck.Xunit;
using Streams.Tests.Doubles;
using Xunit;
using P = Streams.Pull;

namespace Streams.Tests.PullTests.Terminals;

/// <summary>Average: LINQ is the oracle (values, result types, the empty-input and overflow exceptions) for every type
/// LINQ averages; the generic form is checked against sum / count in the type itself.</summary>
public class AverageTests
{
    [Property]
    public void Int_long_float_double_decimal_match_linq(int[] seeds, float[] fs, double[] ds, decimal[] ms)
    {
        int[] xs = (seeds ?? []).Select(SumTests.Big).ToArray();
        long[] ls = (seeds ?? []).Select(SumTests.BigLong).ToArray();
        fs ??= [];
        ds ??= [];
        ms ??= [];
        Assert.Equal(Outcome<double>.Of(() => xs.Average()), Outcome<double>.Of(() => P.From(xs).Average()));
        Assert.Equal(Outcome<double>.Of(() => ls.Average()), Outcome<double>.Of(() => P.From(ls).Average()));
        Assert.Equal(Outcome<double>.Of(() => ls.Select(x => x).Average()), Outcome<double>.Of(() => P.From(ls).Map(x => x).Average()));
        Assert.Equal(Outcome<float>.Of(() => fs.Average()), Outcome<float>.Of(() => P.From(fs).Average()));
        Assert.Equal(Outcome<double>.Of(() => ds.Average()), Outcome<double>.Of(() => P.From(ds).Average()));
        Assert.Equal(Outcome<decimal>.Of(() => ms.Average()), Outcome<decimal>.Of(() => P.From(ms).Average()));
    }

    [Property]
    public void Selector_forms_match_linq(string[] words)
    {
        words = (words ?? []).Select(w => w ?? "").ToArray();
        Assert.Equal(Outcome<double>.Of(() => words.Average(w => w.Length)), Outcome<double>.Of(() => P.From(words).Average(w => w.Length)));
        Assert.Equal(Outcome<double>.Of(() => words.Average(w => (long)w.Length)), Outcome<double>.Of(() => P.From(words).Average(w => (long)w.Length)));
        Assert.Equal(Outcome<float>.Of(() => words.Average(w => w.Length / 3f)), Outcome<float>.Of(() => P.From(words).Average(w => w.Length / 3f)));
        Assert.Equal(Outcome<double>.Of(() => words.Average(w => w.Length / 3.0)), Outcome<double>.Of(() => P.From(words).Average(w => w.Length / 3.0)));
        Assert.Equal(Outcome<decimal>.Of(() => words.Average(w => w.Length / 3m)), Outcome<decimal>.Of(() => P.From(words).Average(w => w.Length / 3m)));
        Assert.Equal(words.Average(w => w.Length == 0 ? null : (int?)w.Length), P.From(words).Average(w => w.Length == 0 ? null : (int?)w.Length));
        Assert.Equal(words.Average(w => w.Length == 0 ? null : (long?)w.Length), P.From(words).Average(w => w.Length == 0 ? null : (long?)w.Length));
        Assert.Equal(words.Average(w => w.Length == 0 ? null : (float?)w.Length), P.From(words).Average(w => w.Length == 0 ? null : (float?)w.Length));
        Assert.Equal(words.Average(w => w.Length == 0 ? null : (double?)w.Length), P.From(words).Average(w => w.Length == 0 ? null : (double?)w.Length));
    }

    [Property]
    public void Nullable_forms_skip_nulls_and_give_null_when_nothing_is_left(int?[] xs, long?[] ls, float?[] fs, double?[] ds)
    {
        xs ??= [];
        ls ??= [];
        fs ??= [];
        ds ??= [];
        Assert.Equal(xs.Average(), P.From(xs).Average());
        Assert.Equal(ls.Average(), P.From(ls).Average());
        Assert.Equal(fs.Average(), P.From(fs).Average());
        Assert.Equal(ds.Average(), P.From(ds).Average());
        Assert.Null(P.Of<int?>(null, null).Average());
    }

    [Property]
    public void Generic_average_is_sum_over_count_in_the_type(int[] seeds)
    {
        int[] xs = seeds ?? [];
        Int128[] wide = xs.Select(x => (Int128)SumTests.BigLong(x) << 40).ToArray();
        var expected = Outcome<Int128>.Of(() => wide.Length == 0
            ? throw new InvalidOperationException()
            : wide.Aggregate(Int128.Zero, (a, x) => checked(a + x)) / wide.Length);
        Assert.Equal(expected, Outcome<Int128>.Of(() => P.From(wide).Average()));
        BigInteger[] big = xs.Select(x => (BigInteger)x * x * x).ToArray();
        if (big.Length > 0) Assert.Equal(big.Aggregate(BigInteger.Zero, (a, x) => a + x) / big.Length, P.From(big).Average());
        Money[] money = xs.Select(x => new Money(x)).ToArray();
        if (money.Length > 0) Assert.Equal(new Money(xs.Sum(x => (decimal)x) / xs.Length), P.From(money).Average());
        Int128?[] nullable = wide.Select((x, i) => i % 3 == 0 ? null : (Int128?)x).ToArray();
        var present = nullable.Where(x => x.HasValue).Select(x => x!.Value).ToArray();
        var expectedNullable = Outcome<Int128?>.Of(() => present.Length == 0 ? null : present.Aggregate(Int128.Zero, (a, x) => checked(a + x)) / present.Length);
        Assert.Equal(expectedNullable, Outcome<Int128?>.Of(() => P.From(nullable).Average()));
    }

    [Fact]
    public void Empty_input_throws_invalid_operation_like_linq_and_result_types_follow_linq()
    {
        Assert.Throws<IteratorExhaustedException>(() => P.Empty<int>().Average());
        Assert.Throws<IteratorExhaustedException>(() => P.Empty<Int128>().Average());
        Assert.Throws<IteratorExhaustedException>(() => P.Empty<string>().Average(s => s.Length));
        Assert.ThrowsAny<InvalidOperationException>(() => P.Empty<decimal>().Average());
        double d = P.Range(1, 3).Average();
        float f = P.Of(1f, 2f).Average();
        Int128 i = P.Of<Int128>(1, 2, 6).Average();
        Assert.Equal((1.5, 1.5f, (Int128)3), (d, f, i));
        Assert.Equal("selector", Assert.Throws<ArgumentNullException>(() => P.Of(1).Average((Func<int, int>)null!)).ParamName);
        Assert.Equal("source", Assert.Throws<ArgumentNullException>(() => P.Average((Iter<int>)null!)).ParamName);
    }

    [Fact]
    public void Long_average_overflows_like_linq()
    {
        long[] xs = [long.MaxValue, long.MaxValue];
        Assert.Throws<OverflowException>(() => xs.Average());
        Assert.Throws<OverflowException>(() => P.From(xs).Average());
        Assert.Equal(int.MaxValue, P.Of(int.MaxValue, int.MaxValue).Average()); // ints add in long, as in LINQ
    }
}
