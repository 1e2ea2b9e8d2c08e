namespace Streams.Generators.Tests.Vector;

/// <summary>The vectorised shapes: pipeline expressions over the inputs <c>xs, ys</c> (long), <c>xi, yi</c> (int),
/// <c>xd</c> (double), <c>xf</c> (float) and <c>ls</c> (a <c>List&lt;long&gt;</c> of xs), compiled by
/// <see cref="VectorBuild"/> into a fused class and a <c>[DisableFusion]</c> twin from this one list.</summary>
internal static class VectorShapes
{
    /// <summary>Shapes the generator must vectorise (STRM100 says "vectorised"): every stage and terminal kind of
    /// docs/fusion.md's "Vectorised loops", over each lane type.</summary>
    public static readonly (string Name, string Expression)[] Vectorised =
    [
        ("SumMapIdentity", "Pull.From(xs).Map(x => x).Sum()"),
        ("SumOfSquares", "Pull.From(xs).Map(x => x * x).Sum()"),
        ("SumOfSquaresEven", "Pull.From(xs).Filter(x => x % 2 == 0).Map(x => x * x).Sum()"),
        ("Maps", "Pull.From(xs).Map(x => x * 1).Map(x => x * 2).Map(x => x - 3).Sum()"),
        ("Filters", "Pull.From(xs).Filter(x => x > 1).Filter(x => x < 7 || x == 9).Sum()"),
        ("DotProduct", "Pull.From(xs).Zip(Pull.From(ys), (x, y) => x * y).Sum()"),
        ("ZipThenFilter", "Pull.From(xs).Zip(Pull.From(ys), (x, y) => x - y).Filter(d => d >= 0 && d != 4).Sum()"),
        ("WrappingSum", "Pull.From(xs).Map(x => x * 3).WrappingSum()"),
        ("RemainderSigned", "Pull.From(xs).Map(x => x % 8).Sum()"),
        ("ConditionalAbs", "Pull.From(xs).Map(x => x > 0 ? x : -x).Sum()"),
        ("ShiftsAndBits", "Pull.From(xs).Map(x => (x >> 3) ^ ~x).Map(x => x << 2 | 1).WrappingSum()"),
        ("NotFilterCount", "Pull.From(xs).Filter(x => !((x & 3) == 1)).Count()"),
        ("MapCount", "Pull.From(xs).Map(x => x + 1).Count()"),
        ("MinLong", "Pull.From(xs).Map(x => x - 5).Min()"),
        ("MaxFilteredLong", "Pull.From(xs).Filter(x => x % 4 == 1).Max()"),
        ("ListSumOfSquares", "Pull.From(ls).Map(x => x * x).Sum()"),
        ("IntSumOfSquares", "Pull.From(xi).Map(x => x * x).Sum()"),
        ("IntSum", "Pull.From(xi).Map(x => x).Sum()"),
        ("IntFilterCount", "Pull.From(xi).Filter(x => x % 2 == 0).Count()"),
        ("IntZipMin", "Pull.From(xi).Zip(Pull.From(yi), (a, b) => a - b).Min()"),
        ("IntMax", "Pull.From(xi).Filter(x => x != 0).Max()"),
        ("DoubleMin", "Pull.From(xd).Map(x => x).Min()"),
        ("DoubleMax", "Pull.From(xd).Filter(x => x != 1.0).Max()"),
        ("DoubleMapMin", "Pull.From(xd).Map(x => x * 2.0).Min()"),
        ("DoubleFilterMax", "Pull.From(xd).Filter(x => x > -1.0).Max()"),
        ("DoubleNaNCount", "Pull.From(xd).Filter(x => !(x >= 0.0) && !(x < 0.0)).Count()"),
        ("FloatMin", "Pull.From(xf).Map(x => x).Min()"),
        ("FloatMaxSelect", "Pull.From(xf).Map(x => x < 0.0f ? 0.0f : x).Max()"),
        ("AnyAfterMap", "Pull.From(xs).Map(x => x * 3).Any(x => x > 20)"),
        ("AllFiltered", "Pull.From(xs).Filter(x => x != 0).All(x => x > -8)"),
        ("ZipAny", "Pull.From(xi).Zip(Pull.From(yi), (a, b) => a + b).Any(s => s == 7)"),
        ("ContainsLong", "Pull.From(xs).Map(x => x - 1).Contains(4L)"),
        ("ContainsNaN", "Pull.From(xd).Map(x => x).Contains(double.NaN)"),
        ("ContainsNegativeZero", "Pull.From(xf).Map(x => x * 1.0f).Contains(-0.0f)"),
        ("IntAverage", "Pull.From(xi).Map(x => x).Average()"),
        ("IntFilteredAverage", "Pull.From(xi).Filter(x => x > 2).Average()"),
        ("LongAverage", "Pull.From(xs).Map(x => x * x).Average()"),
        ("MapToArray", "Pull.From(xs).Map(x => x * x + 1).ToArray()"),
        ("ZipToList", "Pull.From(xi).Zip(Pull.From(yi), (a, b) => a * b).ToList()"),
        ("ListMapToList", "Pull.From(ls).Map(x => x >> 1).ToList()"),
        ("TakeSum", "Pull.From(xs).Take(5).Sum()"),
    ];

    /// <summary>Shapes that are fused but must stay scalar, each for a reason docs/fusion.md states.</summary>
    public static readonly (string Name, string Expression)[] Scalar =
    [
        // Not fused at all (the library's Sum over a bare array is vectorised already): compared all the same.
        ("BareArraySum", "Pull.From(xs).Sum()"),
        ("DoubleSum", "Pull.From(xd).Map(x => x * 2.0).Sum()"),
        ("DivisionMap", "Pull.From(xs).Map(x => x / 3).Sum()"),
        ("CheckedMap", "Pull.From(xs).Map(x => checked(x * 3)).Sum()"),
        ("FilterThenZip", "Pull.From(xs).Filter(x => x > 2).Zip(Pull.From(ys), (x, y) => x + y).Sum()"),
        ("WidenMap", "Pull.From(xi).Map(x => (long)x).Sum()"),
        ("RemainderByThree", "Pull.From(xs).Filter(x => x % 3 == 0).Sum()"),
        ("DoubleNegate", "Pull.From(xd).Map(x => -x).Min()"),
        ("DoubleAverage", "Pull.From(xd).Map(x => x).Average()"),
        ("FilterToArray", "Pull.From(xs).Filter(x => x > 3).ToArray()"),
    ];

    public static IEnumerable<(string Name, string Expression)> All => Vectorised.Concat(Scalar);

    /// <summary>Counter sources and Take/Skip, over the inputs <c>a, b, s</c> (int start, stop, step), <c>al, bl, sl</c>
    /// (long), <c>n</c> (a Take count), <c>k</c> (a Skip count), <c>xs, ys</c> (long arrays), <c>xi</c> and <c>ls</c>
    /// (a list of xs): shapes the generator must vectorise. Every Take over a counter is bounded by n.</summary>
    public static readonly (string Name, string Expression)[] CountersVectorised =
    [
        ("RangeWrappingSum", "Pull.Range(a, (int)Math.Min((long)a + n, int.MaxValue)).Map(x => x * 3).WrappingSum()"),
        ("RangeStepSum", "Pull.Range(a, b, s).Map(x => x).Sum()"),
        ("RangeLongCount", "Pull.Range(al, bl, sl).Filter(x => (x & 1) == 0).Count()"),
        ("RangeMin", "Pull.Range(a, b, s).Map(x => x * 7).Min()"),
        ("RangeLongMax", "Pull.Range(al, bl, sl).Filter(x => x % 4 != 3).Max()"),
        ("RangeSkipTakeSum", "Pull.Range(al, bl, sl).Skip(k).Take(n).Map(x => x).Sum()"),
        ("RangeAverage", "Pull.Range(a, b, s).Map(x => x ^ 1).Average()"),
        ("CounterTakeWrappingSum", "Pull.CountFrom(a, s).Take(n).Map(x => x).WrappingSum()"),
        ("CounterTakeSum", "Pull.CountFrom(a, s).Take(n).Map(x => x).Sum()"),
        ("CounterLongTakeSum", "Pull.CountFrom(al, sl).Take(n).Map(x => x * 2).Sum()"),
        ("PositivesTakeSum", "Pull.Positives().Take(n).Map(x => x * x).Sum()"),
        ("CounterSkipTakeCount", "Pull.CountFrom(a).Skip(k).Take(n).Filter(x => x % 4 == 1).Count()"),
        ("CounterTakeAny", "Pull.CountFrom(a, s).Take(n).Any(x => x == int.MinValue + 2)"),
        ("CounterTakeAll", "Pull.CountFrom(al, sl).Take(n).All(x => x != long.MaxValue - 9)"),
        ("CounterTakeContains", "Pull.CountFrom(a, s).Map(x => x).Take(n).Contains(int.MaxValue)"),
        ("CounterTakeToArray", "Pull.CountFrom(al, sl).Take(n).Map(x => x ^ 5).ToArray()"),
        ("CounterTakeSkipMax", "Pull.CountFrom(a, s).Take(n).Skip(k).Max()"),
        ("ArraySkipSum", "Pull.From(xs).Skip(k).Map(x => x * x).Sum()"),
        ("ArrayTakeSkipMin", "Pull.From(xi).Take(n).Skip(k).Min()"),
        ("ArraySkipSkipTake", "Pull.From(xs).Skip(k).Skip(k).Take(n).WrappingSum()"),
        ("ArraySkipZipSum", "Pull.From(xs).Skip(k).Zip(Pull.From(ys), (x, y) => x + y).Take(n).Sum()"),
        ("ArrayZipSkipAny", "Pull.From(xs).Zip(Pull.From(ys), (x, y) => x - y).Skip(k).Any(d => d > 3)"),
        ("ArrayTakeAverage", "Pull.From(xi).Take(n).Map(x => x).Average()"),
        ("ArrayTakeFilterCount", "Pull.From(xi).Take(n).Filter(x => x > 0).Count()"),
        ("ListTakeToList", "Pull.From(ls).Take(n).Map(x => x + 1).ToList()"),
        ("ListSkipAll", "Pull.From(ls).Skip(k).All(x => x < 1_000_000)"),
        // A Take after a Filter counts the mask's lanes block by block (the compare's positives row first).
        ("PositivesRow", "Pull.Positives().Filter(x => x % 2 == 0).Map(x => x * x).Take(n).WrappingSum()"),
        ("FilterThenTake", "Pull.From(xs).Filter(x => x > 0).Take(n).Sum()"),
        ("CounterFilterTakeMin", "Pull.CountFrom(a, s).Filter(x => x != 5).Take(n).Min()"),
        ("SkipFilterTakeTakeCount", "Pull.From(xi).Skip(k).Filter(x => x > -5).Take(n).Filter(x => x < 5).Take(k).Count()"),
        ("FilterTakeAny", "Pull.From(xs).Filter(x => x != 2).Take(n).Any(x => x > 7)"),
        ("RangeFilterTakeAverage", "Pull.Range(al, bl, sl).Filter(x => x % 2 != 0).Take(n).Average()"),
    ];

    /// <summary>Counter and Take/Skip shapes that are fused but must stay scalar, each for a reason docs/fusion.md
    /// states.</summary>
    public static readonly (string Name, string Expression)[] CountersScalar =
    [
        // A Skip after a Filter drops some lanes of a block and keeps others.
        ("FilterThenSkip", "Pull.From(xi).Filter(x => x != 3).Skip(k).Max()"),
        ("CounterRemainderByThree", "Pull.CountFrom(a, s).Take(n).Filter(x => x % 3 == 0).Count()"),
        ("ShortRange", "Pull.Range((short)a, (short)b).Map(x => x).Count()"),
    ];

    public static IEnumerable<(string Name, string Expression)> Counters => CountersVectorised.Concat(CountersScalar);

    /// <summary>The source compiled: class <c>Fused</c> (fusion on) and <c>Runtime</c> ([DisableFusion]), one method
    /// per shape with the same signature and body.</summary>
    public static string Source()
    {
        string Methods() => string.Join("\n", All.Select(s =>
            $"    public static object {s.Name}(long[] xs, long[] ys, int[] xi, int[] yi, double[] xd, float[] xf, List<long> ls) => {s.Expression};"));
        string CounterMethods() => string.Join("\n", Counters.Select(s =>
            $"    public static object {s.Name}(int a, int b, int s, long al, long bl, long sl, int n, int k, long[] xs, long[] ys, int[] xi, List<long> ls) => {s.Expression};"));
        return $$"""
            using System;
            using System.Collections.Generic;
            using Streams;

            public static class Fused
            {
            {{Methods()}}
            }

            [DisableFusion]
            public static class Runtime
            {
            {{Methods()}}
            }

            public static class FusedCounters
            {
            {{CounterMethods()}}
            }

            [DisableFusion]
            public static class RuntimeCounters
            {
            {{CounterMethods()}}
            }
            """;
    }
}
