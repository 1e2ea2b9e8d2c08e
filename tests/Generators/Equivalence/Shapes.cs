namespace Streams.Generators.Tests.Equivalence;

/// <summary>The arguments a shape may use: an array source, counts, a threshold, and a log for side effects.</summary>
public sealed record ShapeArgs(int[] Xs, int N, int K, int M)
{
    public List<int> Log { get; } = [];
}

// The table of fused shapes. FusedShapes and RuntimeShapes hold the same pipelines, character for character below
// their class line (ShapeTwinTests checks that): this project compiles with fusion on, so FusedShapes runs the
// generated code and RuntimeShapes, under [DisableFusion], runs the library. A shape names the sources, operators,
// terminals and lambda kinds (inlined or called through the delegate) it covers.
internal static class FusedShapes
{
    public static object MapFilterTakeSum(Iter<int> s, ShapeArgs a) => s.Map(x => x * 3).Filter(x => x % 2 == 0).Take(a.N).Sum();
    public static object CapturedFilterWidenCount(Iter<int> s, ShapeArgs a) => s.Filter(x => x > a.M).Map(x => (long)x * x).Count();
    public static object SkipTakeToList(Iter<int> s, ShapeArgs a) => s.Skip(a.K).Take(a.N).ToList();
    public static object TakeWhileSum(Iter<int> s, ShapeArgs a) => s.TakeWhile(x => x < a.M).Sum();
    public static object DropWhileTakeToArray(Iter<int> s, ShapeArgs a) => s.DropWhile(x => x < a.M).Take(a.N).ToArray();
    public static object CapturedThrowingMap(Iter<int> s, ShapeArgs a) => s.Map(x => 100 / (x - a.M)).Sum();
    public static object InlinedThrowingMapTake(Iter<int> s, ShapeArgs a) => s.Map(x => 100 / (x - 3)).Take(a.N).Sum();
    public static object CheckedInlinedMap(Iter<int> s, ShapeArgs a) => s.Map(x => checked(x * 400_000_000)).Take(a.N).Count();
    public static object AnyCaptured(Iter<int> s, ShapeArgs a) => s.Any(x => x == a.M);
    public static object FilterAllCaptured(Iter<int> s, ShapeArgs a) => s.Filter(x => x % 3 == 1).All(x => x < a.M);
    public static object MapContains(Iter<int> s, ShapeArgs a) => s.Map(x => x + 1).Contains(a.M);
    public static object TakeFoldInlined(Iter<int> s, ShapeArgs a) => s.Take(a.N).Fold(0L, (acc, x) => acc * 31 + x);
    public static object SkipForEach(Iter<int> s, ShapeArgs a) { s.Skip(a.K).ForEach(x => a.Log.Add(x)); return a.Log; }
    public static object ToStringFilterTakeToList(Iter<int> s, ShapeArgs a) => s.Map(x => x.ToString()).Filter(x => x.Length > 1).Take(a.N).ToList();
    public static object WidenSquareSkipSum(Iter<int> s, ShapeArgs a) => s.Map(x => (long)x).Map(x => x * x).Skip(a.K).Sum();
    public static object TakeTakeCount(Iter<int> s, ShapeArgs a) => s.Take(a.N).Take(a.K).Count();
    public static object FilterDivideTakeSum(Iter<int> s, ShapeArgs a) => s.Filter(x => x != 0).Map(x => a.M / x).Take(a.N).Sum();
    public static object TakeFilterAny(Iter<int> s, ShapeArgs a) => s.Take(a.N).Filter(x => x % 2 == 0).Any(x => x > a.M);
    public static object ArrayMapFilterTakeSum(Iter<int> s, ShapeArgs a) => Pull.From(a.Xs).Map(x => x * 2).Filter(x => x > a.M).Take(a.N).Sum();
    public static object ArraySelectWhereAny(Iter<int> s, ShapeArgs a) => Pull.From(a.Xs).Select(x => x + 1).Where(x => x % 2 == 0).Any(x => x > a.M);
    public static object ArraySkipTakeWhileToList(Iter<int> s, ShapeArgs a) => Pull.From(a.Xs).Skip(a.K).TakeWhile(x => x != a.M).ToList();
    public static object PositivesFilterMapTakeSum(Iter<int> s, ShapeArgs a) => Pull.Positives().Filter(x => x % 3 == 0).Map(x => x * x).Take(a.N).Sum();
    public static object PositivesDropWhileTakeFold(Iter<int> s, ShapeArgs a) => Pull.Positives().DropWhile(x => x < a.M).Take(a.N).Fold(1L, (p, x) => unchecked(p * x));
    public static object RangeSkipSum(Iter<int> s, ShapeArgs a) => Pull.Range((long)a.K, (long)a.M + 20).Skip(a.N).Sum();
    public static object RangeMapTakeToArray(Iter<int> s, ShapeArgs a) => Pull.Range((long)a.M, (long)a.M + a.K).Map(x => x % 7).Take(a.N).ToArray();
}

[DisableFusion]
internal static class RuntimeShapes
{
    public static object MapFilterTakeSum(Iter<int> s, ShapeArgs a) => s.Map(x => x * 3).Filter(x => x % 2 == 0).Take(a.N).Sum();
    public static object CapturedFilterWidenCount(Iter<int> s, ShapeArgs a) => s.Filter(x => x > a.M).Map(x => (long)x * x).Count();
    public static object SkipTakeToList(Iter<int> s, ShapeArgs a) => s.Skip(a.K).Take(a.N).ToList();
    public static object TakeWhileSum(Iter<int> s, ShapeArgs a) => s.TakeWhile(x => x < a.M).Sum();
    public static object DropWhileTakeToArray(Iter<int> s, ShapeArgs a) => s.DropWhile(x => x < a.M).Take(a.N).ToArray();
    public static object CapturedThrowingMap(Iter<int> s, ShapeArgs a) => s.Map(x => 100 / (x - a.M)).Sum();
    public static object InlinedThrowingMapTake(Iter<int> s, ShapeArgs a) => s.Map(x => 100 / (x - 3)).Take(a.N).Sum();
    public static object CheckedInlinedMap(Iter<int> s, ShapeArgs a) => s.Map(x => checked(x * 400_000_000)).Take(a.N).Count();
    public static object AnyCaptured(Iter<int> s, ShapeArgs a) => s.Any(x => x == a.M);
    public static object FilterAllCaptured(Iter<int> s, ShapeArgs a) => s.Filter(x => x % 3 == 1).All(x => x < a.M);
    public static object MapContains(Iter<int> s, ShapeArgs a) => s.Map(x => x + 1).Contains(a.M);
    public static object TakeFoldInlined(Iter<int> s, ShapeArgs a) => s.Take(a.N).Fold(0L, (acc, x) => acc * 31 + x);
    public static object SkipForEach(Iter<int> s, ShapeArgs a) { s.Skip(a.K).ForEach(x => a.Log.Add(x)); return a.Log; }
    public static object ToStringFilterTakeToList(Iter<int> s, ShapeArgs a) => s.Map(x => x.ToString()).Filter(x => x.Length > 1).Take(a.N).ToList();
    public static object WidenSquareSkipSum(Iter<int> s, ShapeArgs a) => s.Map(x => (long)x).Map(x => x * x).Skip(a.K).Sum();
    public static object TakeTakeCount(Iter<int> s, ShapeArgs a) => s.Take(a.N).Take(a.K).Count();
    public static object FilterDivideTakeSum(Iter<int> s, ShapeArgs a) => s.Filter(x => x != 0).Map(x => a.M / x).Take(a.N).Sum();
    public static object TakeFilterAny(Iter<int> s, ShapeArgs a) => s.Take(a.N).Filter(x => x % 2 == 0).Any(x => x > a.M);
    public static object ArrayMapFilterTakeSum(Iter<int> s, ShapeArgs a) => Pull.From(a.Xs).Map(x => x * 2).Filter(x => x > a.M).Take(a.N).Sum();
    public static object ArraySelectWhereAny(Iter<int> s, ShapeArgs a) => Pull.From(a.Xs).Select(x => x + 1).Where(x => x % 2 == 0).Any(x => x > a.M);
    public static object ArraySkipTakeWhileToList(Iter<int> s, ShapeArgs a) => Pull.From(a.Xs).Skip(a.K).TakeWhile(x => x != a.M).ToList();
    public static object PositivesFilterMapTakeSum(Iter<int> s, ShapeArgs a) => Pull.Positives().Filter(x => x % 3 == 0).Map(x => x * x).Take(a.N).Sum();
    public static object PositivesDropWhileTakeFold(Iter<int> s, ShapeArgs a) => Pull.Positives().DropWhile(x => x < a.M).Take(a.N).Fold(1L, (p, x) => unchecked(p * x));
    public static object RangeSkipSum(Iter<int> s, ShapeArgs a) => Pull.Range((long)a.K, (long)a.M + 20).Skip(a.N).Sum();
    public static object RangeMapTakeToArray(Iter<int> s, ShapeArgs a) => Pull.Range((long)a.M, (long)a.M + a.K).Map(x => x % 7).Take(a.N).ToArray();
}
