using FsCheck.Xunit;
using Streams.Tests.Doubles;
using Xunit;
using P = Streams.Pull;

namespace Streams.Tests.PullTests.Terminals;

/// <summary>Min and Max against LINQ: values, NaN, nulls (skipped; nothing left gives null) and the empty-input
/// exception, for value, nullable and reference types, with and without a selector.</summary>
public class MinMaxLinqTests
{
    [Property]
    public void Numbers_match_linq(int[] seeds, double[] ds, short[] ss)
    {
        int[] xs = (seeds ?? []).Select(SumTests.Big).ToArray();
        long[] ls = (seeds ?? []).Select(SumTests.BigLong).ToArray();
        ulong[] us = ls.Select(x => unchecked((ulong)x)).ToArray();
        ds ??= [];
        ss ??= [];
        Assert.Equal(Outcome<int>.Of(() => xs.Min()), Outcome<int>.Of(() => P.From(xs).Min()));
        Assert.Equal(Outcome<int>.Of(() => xs.Max()), Outcome<int>.Of(() => P.From(xs).Max()));
        Assert.Equal(Outcome<long>.Of(() => ls.Min()), Outcome<long>.Of(() => P.From(ls).Min()));
        Assert.Equal(Outcome<long>.Of(() => ls.Max()), Outcome<long>.Of(() => P.From(ls).Max()));
        Assert.Equal(Outcome<long>.Of(() => ls.Max()), Outcome<long>.Of(() => P.From(ls).Map(x => x).Max()));
        Assert.Equal(Outcome<ulong>.Of(() => us.Min()), Outcome<ulong>.Of(() => P.From(us).Min()));
        Assert.Equal(Outcome<ulong>.Of(() => us.Max()), Outcome<ulong>.Of(() => P.From(us).Max()));
        Assert.Equal(Outcome<short>.Of(() => ss.Min()), Outcome<short>.Of(() => P.From(ss).Min()));
        Assert.Equal(Outcome<double>.Of(() => ds.Min()), Outcome<double>.Of(() => P.From(ds).Min()));
        Assert.Equal(Outcome<double>.Of(() => ds.Max()), Outcome<double>.Of(() => P.From(ds).Max()));
    }

    [Fact]
    public void NaN_is_the_minimum_and_is_ignored_by_the_maximum_like_linq()
    {
        double[] ds = [1, double.NaN, -5, 3];
        Assert.Equal(ds.Min(), P.From(ds).Min());
        Assert.Equal(ds.Max(), P.From(ds).Max());
        Assert.Equal(3.0, P.From(ds).Max());
        Assert.True(double.IsNaN(P.Of(double.NaN, double.NaN).Max()));
    }

    [Property]
    public void Nulls_are_skipped_and_nothing_left_is_null(int?[] xs, string[] words)
    {
        xs ??= [];
        words ??= [];
        Assert.Equal(xs.Min(), P.From(xs).Min());
        Assert.Equal(xs.Max(), P.From(xs).Max());
        Assert.Equal(words.Min(), P.From(words).Min());
        Assert.Equal(words.Max(), P.From(words).Max());
        Assert.Equal(words.Min(StringComparer.OrdinalIgnoreCase), P.From(words).Min(StringComparer.OrdinalIgnoreCase));
        Assert.Equal(words.Max(StringComparer.Ordinal), P.From(words).Max(StringComparer.Ordinal));
    }

    [Property]
    public void Selector_forms_match_linq(string[] words)
    {
        words ??= [];
        Assert.Equal(Outcome<int>.Of(() => words.Min(w => w?.Length ?? -1)), Outcome<int>.Of(() => P.From(words).Min(w => w?.Length ?? -1)));
        Assert.Equal(Outcome<int>.Of(() => words.Max(w => w?.Length ?? -1)), Outcome<int>.Of(() => P.From(words).Max(w => w?.Length ?? -1)));
        Assert.Equal(words.Min(w => w?.Length), P.From(words).Min(w => w?.Length));
        Assert.Equal(words.Max(w => w?.ToUpperInvariant()), P.From(words).Max(w => w?.ToUpperInvariant()));
    }

    [Fact]
    public void Empty_input_throws_for_value_types_and_gives_null_otherwise()
    {
        Assert.ThrowsAny<InvalidOperationException>(() => P.Empty<double>().Min());
        Assert.ThrowsAny<InvalidOperationException>(() => P.Empty<long>().Max());
        Assert.ThrowsAny<InvalidOperationException>(() => P.Empty<string>().Max(s => s.Length));
        Assert.Null(P.Empty<string>().Min());
        Assert.Null(P.Of<int?>(null, null).Max());
        Assert.Null(P.From(new string?[] { null }).Min(StringComparer.Ordinal));
        Assert.Equal("selector", Assert.Throws<ArgumentNullException>(() => P.Of(1).Min((Func<int, int>)null!)).ParamName);
    }
}
