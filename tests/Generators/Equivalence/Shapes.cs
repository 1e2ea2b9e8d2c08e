namespace Streams.Generators.Tests.Equivalence;

/// <summary>The arguments a shape may use: an array source, counts, a threshold, and a log for side effects.</summary>
public sealed record ShapeArgs(int[] Xs, int N, int K, int M)
{
    public List<int> Log { get; } = [];
}

// The table of fused shapes. FusedShapes and RuntimeShapes hold the same pipelines, character for character below
// their class line (FusedEquivalenceTests checks that, and that every FusedShapes method is intercepted): this project
// compiles with fusion on, so FusedShapes runs the generated code and RuntimeShapes, under [DisableFusion], runs the
// library. A shape names the sources, operators,
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
    public static object MapAnyCaptured(Iter<int> s, ShapeArgs a) => s.Map(x => x - 1).Any(x => x == a.M);
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
    public static object StepByTakeSum(Iter<int> s, ShapeArgs a) => s.StepBy(a.K + 1).Take(a.N).Sum();
    public static object MapStepByBadStepToList(Iter<int> s, ShapeArgs a) => s.Map(x => x * 2).StepBy(a.K - 1).ToList();
    public static object FilterStepByFirst(Iter<int> s, ShapeArgs a) => s.Filter(x => x % 2 == 0).StepBy(a.K + 1).First();
    public static object ArrayStepByCount(Iter<int> s, ShapeArgs a) => Pull.From(a.Xs).StepBy(a.K + 1).Count();
    public static object EnumerateFilterTakeToList(Iter<int> s, ShapeArgs a) => s.Enumerate(a.M).Filter(p => p.Item % 2 == 0).Take(a.N).ToList();
    public static object EnumerateMapSum(Iter<int> s, ShapeArgs a) => s.Enumerate().Map(p => p.Index * p.Item).Sum();
    public static object ArrayEnumerateWrapsToList(Iter<int> s, ShapeArgs a) => Pull.From(a.Xs).Enumerate(long.MaxValue - a.K).Map(p => p.Index).ToList();
    public static object ScanTakeToList(Iter<int> s, ShapeArgs a) => s.Scan(0L, (acc, x) => acc + x).Take(a.N).ToList();
    public static object ScanCapturedThrowingSum(Iter<int> s, ShapeArgs a) => s.Scan(1, (acc, x) => acc + 100 / (x - a.M)).Sum();
    public static object AccumulateFilterToList(Iter<int> s, ShapeArgs a) => s.Accumulate((t, x) => t + x).Filter(x => x > a.M).ToList();
    public static object AccumulateMethodGroupFirst(Iter<int> s, ShapeArgs a) => s.Accumulate(Math.Max).First(x => x > a.M);
    public static object AccumulateSeededTakeToList(Iter<int> s, ShapeArgs a) => s.Accumulate((t, x) => t * 2 + x, a.M).Take(a.N).ToList();
    public static object TakeAccumulateSeededSum(Iter<int> s, ShapeArgs a) => s.Take(a.K).Accumulate((t, x) => t + x, 100L).Sum();
    public static object AccumulateSeededThrowingMapCount(Iter<int> s, ShapeArgs a) => s.Accumulate((t, x) => t + x, a.M).Map(x => 100 / (x - 3)).Count();
    public static object TwoSeededAccumulatesToList(Iter<int> s, ShapeArgs a) => s.Accumulate((t, x) => t + x, a.K).Take(a.N).Accumulate((t, x) => t - x, a.M).ToList();
    public static object AccumulateSeededFirst(Iter<int> s, ShapeArgs a) => s.Accumulate((t, x) => t + x, a.M).First();
    public static object RepeatTakeSum(Iter<int> s, ShapeArgs a) => Pull.Repeat(a.M).Take(a.N).Sum();
    public static object RepeatCountMapToList(Iter<int> s, ShapeArgs a) => Pull.Repeat(a.M, a.K - 2).Map(x => x + 1).ToList();
    public static object RepeatStepByFirstOrDefault(Iter<int> s, ShapeArgs a) => Pull.Repeat(a.K, a.N).StepBy(2).FirstOrDefault(x => x > 4);
    public static object ListMapTakeSum(Iter<int> s, ShapeArgs a) => Pull.From(new List<int>(a.Xs)).Map(x => x * 3).Take(a.N).Sum();
    public static object ListModifiedDuringFold(Iter<int> s, ShapeArgs a) { a.Log.AddRange(a.Xs); var r = Pull.From(a.Log).Map(x => { if (x % 5 == a.K % 5) { a.Log.Add(x); a.Log.RemoveAt(0); } return x; }).Take(a.N + 5).ToList(); return string.Join(",", r) + "|" + string.Join(",", a.Log); }
    public static object ListGrownDuringFirst(Iter<int> s, ShapeArgs a) { a.Log.AddRange(a.Xs); return Pull.From(a.Log).Filter(x => { a.Log.Add(x + 50); return x > 45; }).First(); }
    public static object RangeStepMapToList(Iter<int> s, ShapeArgs a) => Pull.Range(a.M, a.M + 10 * a.K - 20, a.K - 4).Map(x => x * 2).ToList();
    public static object RangeNearMaxWidenSum(Iter<int> s, ShapeArgs a) => Pull.Range(int.MaxValue - a.K, int.MaxValue).Map(x => (long)x).Sum();
    public static object RangeLongTakeFold(Iter<int> s, ShapeArgs a) => Pull.Range((long)a.K, (long)a.M).Take(a.N).Fold(0L, (acc, x) => acc * 3 + x);
    public static object MapMin(Iter<int> s, ShapeArgs a) => s.Map(x => x * 2).Min();
    public static object FilterMaxCaptured(Iter<int> s, ShapeArgs a) => s.Filter(x => x < a.M).Max();
    public static object MapMinComparerTies(Iter<int> s, ShapeArgs a) => s.Map(x => x - a.M).Min(Comparer<int>.Create((x, y) => Math.Abs(x).CompareTo(Math.Abs(y))));
    public static object SkipMaxNullComparer(Iter<int> s, ShapeArgs a) => s.Skip(a.K).Max((IComparer<int>?)null);
    public static object NullableMin(Iter<int> s, ShapeArgs a) => s.Map(x => x % 3 == 0 ? (int?)null : x).Min() ?? -100;
    public static object StringMaxSkipsNulls(Iter<int> s, ShapeArgs a) => s.Map(x => x % 4 == 0 ? null : x.ToString()).Max() ?? "null";
    public static object DoubleMinMaxNaN(Iter<int> s, ShapeArgs a) => s.Map(x => x == a.M ? double.NaN : x / 2.0).Take(a.N).Min() + s.Map(x => x == a.K ? double.NaN : x / 2.0).Max();
    public static object SkipFirst(Iter<int> s, ShapeArgs a) => s.Skip(a.K).First();
    public static object MapFirstInlined(Iter<int> s, ShapeArgs a) => s.Map(x => x + 1).First(x => x % 5 == 0);
    public static object ThrowingMapFirst(Iter<int> s, ShapeArgs a) => s.Map(x => 100 / (x - a.M)).First();
    public static object FilterFirstOrDefault(Iter<int> s, ShapeArgs a) => s.Filter(x => x > a.M).FirstOrDefault();
    public static object TakeFirstOrDefaultValue(Iter<int> s, ShapeArgs a) => s.Take(a.N).FirstOrDefault(-7);
    public static object MapFirstOrDefaultPredicate(Iter<int> s, ShapeArgs a) => s.Map(x => x * 2).FirstOrDefault(x => x > a.M);
    public static object StringFirstOrDefaultPredicateValue(Iter<int> s, ShapeArgs a) => s.Map(x => x.ToString()).FirstOrDefault(x => x.Length > 1, "none");
    public static object TakeAverage(Iter<int> s, ShapeArgs a) => s.Take(a.N).Average();
    public static object MapAverageLongOverflow(Iter<int> s, ShapeArgs a) => s.Map(x => x * 400_000_000_000_000_000L).Average();
    public static object MapAverageDouble(Iter<int> s, ShapeArgs a) => s.Map(x => x / 3.0).Average();
    public static object MapAverageFloat(Iter<int> s, ShapeArgs a) => s.Map(x => (float)x / 7).Average();
    public static object MapAverageDecimal(Iter<int> s, ShapeArgs a) => s.Map(x => (decimal)x / 3).Average();
    public static object SkipMinSelectorInlined(Iter<int> s, ShapeArgs a) => s.Skip(a.K).Min(x => x * -3);
    public static object FilterMaxSelectorNullableString(Iter<int> s, ShapeArgs a) => s.Filter(x => x > a.M).Max(x => x % 3 == 0 ? null : (x * 7 % 11).ToString()) ?? "null";
    public static object TakeAverageSelectorCapturedThrowing(Iter<int> s, ShapeArgs a) => s.Take(a.N).Average(x => 1000 / (x - a.M));
    public static object MapAverageSelectorDouble(Iter<int> s, ShapeArgs a) => s.Map(x => x + 1).Average(x => x / 4.0);
    public static object NullListMapToList(Iter<int> s, ShapeArgs a) => Pull.From(a.N < 0 ? null! : new List<int>(a.Xs)).Map(x => x + 1).ToList();
    public static object ScanNullFolderSum(Iter<int> s, ShapeArgs a) => s.Scan(0, a.N < 0 ? null! : (Func<int, int, int>)((acc, x) => acc + x)).Sum();
    public static object SeededAccumulateZipProbeThrowingSum(Iter<int> s, ShapeArgs a) => Pull.From(a.Xs).Accumulate((t, x) => t + x, a.M).Zip(s).Map(p => 100 / (p.First - 3)).Sum();
    public static object ProbeSeededAccumulateZipArrayFirst(Iter<int> s, ShapeArgs a) => s.Accumulate((t, x) => t * x, a.K).Zip(Pull.From(a.Xs)).Map(p => p.First - p.Second).First();
    public static object SeededAccumulateSkipStepByDropWhileTakeToList(Iter<int> s, ShapeArgs a) => s.Accumulate((t, x) => t + x, a.M).Skip(a.K % 3).StepBy(2).DropWhile(x => x < a.M).Take(a.N).ToList();
    public static object FilterEnumerateStepByMapMax(Iter<int> s, ShapeArgs a) => s.Filter(x => x != a.M).Enumerate(5).StepBy(a.K + 1).Map(p => p.Index - p.Item).Max();
    public static object RepeatScanTakeWhileCount(Iter<int> s, ShapeArgs a) => Pull.Repeat(a.K + 1).Scan(0, (acc, x) => acc + x).TakeWhile(x => x < a.M).Count();
    public static object RangeAccumulateMin(Iter<int> s, ShapeArgs a) => Pull.Range(a.M, a.K - 2, -1).Accumulate((t, x) => t * x % 97).Min();
    public static object RangeLongStepByFirstPredicate(Iter<int> s, ShapeArgs a) => Pull.Range(0L, 100L, a.K + 1).StepBy(3).First(x => x > a.M);
    public static object ListSeededAccumulateFirstOrDefault(Iter<int> s, ShapeArgs a) => Pull.From(new List<int>(a.Xs)).Accumulate((t, x) => t - x, a.K).Skip(1).FirstOrDefault(-99);
    public static object TakeWhileScanAverage(Iter<int> s, ShapeArgs a) => s.TakeWhile(x => x != a.M).Scan(0L, (acc, x) => acc + x).Average();
    public static object StepByEnumerateAnyCaptured(Iter<int> s, ShapeArgs a) => s.StepBy(2).Enumerate().Any(p => p.Item == a.M);
    public static object ArrayAccumulateMaxComparerFirst(Iter<int> s, ShapeArgs a) => Pull.From(a.Xs).Accumulate((t, x) => t + x).Max(Comparer<int>.Create((x, y) => (x % 7).CompareTo(y % 7)));
    // Zip, Chain, FlatMap, SelectMany (NestedEmitter): the probe as first input, second input, Chain part, outer
    // source and inner iterator; short-circuiting terminals after them; throwing lambdas and eager checks inside them.
    public static object ZipProbeSecondTakeSum(Iter<int> s, ShapeArgs a) => Pull.From(a.Xs).Zip(s, (x, y) => x * 10 + y).Take(a.N).Sum();
    public static object ZipArraySecondFilterToList(Iter<int> s, ShapeArgs a) => s.Map(x => x + 1).Zip(Pull.From(a.Xs).Skip(a.K), (x, y) => x - y).Filter(x => x > a.M).ToList();
    public static object ZipArrayIndexSecondTake(Iter<int> s, ShapeArgs a) => s.Zip(Pull.From(a.Xs), (x, y) => x * y).Take(a.N).ToList();
    public static object ZipTupleAny(Iter<int> s, ShapeArgs a) => s.Zip(Pull.From(a.Xs)).Any(p => p.First + p.Second > a.M);
    public static object ZipWithItselfTake(Iter<int> s, ShapeArgs a) => s.Zip(s, (x, y) => x * 100 + y).Take(a.N).ToList();
    public static object ZipProbeSecondThrowingSelector(Iter<int> s, ShapeArgs a) => Pull.From(a.Xs).Zip(s, (x, y) => 100 / (y - a.M)).Sum();
    public static object ZipThrowingAfterCount(Iter<int> s, ShapeArgs a) => Pull.From(a.Xs).Take(a.K).Zip(s).Map(p => 100 / (p.Second - a.M)).Count();
    public static object ChainProbeSecondMapTake(Iter<int> s, ShapeArgs a) => Pull.From(a.Xs).Take(a.K).Chain(s).Map(x => x * 2).Take(a.N).ToList();
    public static object ChainProbeFirstAny(Iter<int> s, ShapeArgs a) => s.Take(a.K).Chain(Pull.From(a.Xs)).Any(x => x == a.M);
    public static object ChainThrowingInSecondPart(Iter<int> s, ShapeArgs a) => s.Take(a.K).Chain(Pull.From(a.Xs)).Map(x => 100 / (x - a.M)).Sum();
    public static object ChainTwiceTakeCount(Iter<int> s, ShapeArgs a) => Pull.From(a.Xs).Chain(s).Filter(x => x % 2 == 0).Chain(Pull.From(a.Xs)).Take(a.N).Count();
    public static object ChainTakesGuardToList(Iter<int> s, ShapeArgs a) => s.Take(a.N).Chain(Pull.From(a.Xs), s).Take(a.K).ToList();
    public static object FlatMapNestedTakeSum(Iter<int> s, ShapeArgs a) => s.FlatMap(x => Pull.From(a.Xs).Map(y => x * y)).Take(a.N).Sum();
    public static object FlatMapNestedFilterTakeAny(Iter<int> s, ShapeArgs a) => s.FlatMap(x => Pull.From(a.Xs).Filter(y => y > x).Take(a.K)).Any(y => y == a.M);
    public static object FlatMapPositivesTakeWhileToList(Iter<int> s, ShapeArgs a) => s.Take(a.N).FlatMap(x => Pull.Positives().Map(y => y * x).TakeWhile(y => y < a.M).Take(a.K)).ToList();
    public static object FlatMapDropWhileSkipToArray(Iter<int> s, ShapeArgs a) => s.FlatMap(x => Pull.From(a.Xs).DropWhile(y => y < x).Skip(1)).Take(a.N).ToArray();
    public static object FlatMapInlinedThrowingInner(Iter<int> s, ShapeArgs a) => s.FlatMap(x => Pull.From(a.Xs).Map(y => 100 / (y - x))).Take(a.N).Sum();
    public static object FlatMapInnerEagerCheckThrows(Iter<int> s, ShapeArgs a) => s.FlatMap(x => Pull.From(a.Xs).Take(100 / (x - a.M))).Count();
    public static object FlatMapProbeInnerTake(Iter<int> s, ShapeArgs a) => Pull.From(a.Xs).FlatMap(x => s.Take(2)).Take(a.N).ToList();
    public static object FlatMapProbeInnerThrowingAfter(Iter<int> s, ShapeArgs a) => Pull.From(a.Xs).FlatMap(x => s.Take(a.K)).Map(x => 100 / (x - a.M)).Sum();
    public static object SelectManyNestedTakeToList(Iter<int> s, ShapeArgs a) => s.SelectMany(x => Pull.From(a.Xs).Take(a.K), (x, y) => x * 100 + y).Take(a.N).ToList();
    public static object SelectManyCapturedResultFilterCount(Iter<int> s, ShapeArgs a) => s.SelectMany(x => Pull.From(a.Xs), (x, y) => x + y + a.M).Filter(v => v % 3 == 0).Count();
    public static object SelectManyOpaqueInnerAny(Iter<int> s, ShapeArgs a) => s.SelectMany(x => Pull.Repeat(x, a.K), (x, y) => x * y).Any(v => v > a.M);
    public static object SelectManyOneArgNested(Iter<int> s, ShapeArgs a) => s.SelectMany(x => Pull.From(a.Xs).Map(y => y - x)).Take(a.N).Sum();
    public static object ZipAfterFlatMapSum(Iter<int> s, ShapeArgs a) => s.FlatMap(x => Pull.From(a.Xs).Take(a.K)).Zip(Pull.From(a.Xs), (p, q) => p + q).Sum();
    public static object FlatMapAfterZipTakeSum(Iter<int> s, ShapeArgs a) => Pull.From(a.Xs).Zip(s, (x, y) => x + y).FlatMap(v => Pull.From(a.Xs).Map(y => v * y).Take(a.K)).Take(a.N).Sum();
    // Query syntax (from x in a from y in b select r): the terminal detaches the runtime SelectMany and runs its loops.
    // The probe as outer source and as inner iterator; select inlined, captured and throwing; Any stopping early;
    // empty outer and inner; an IEnumerable inner; a null inner.
    public static object QueryProbeOuterSum(Iter<int> s, ShapeArgs a) => (from x in s from y in Pull.From(a.Xs) select x * y).Sum();
    public static object QueryProbeOuterCapturedToList(Iter<int> s, ShapeArgs a) => (from x in s from y in Pull.From(a.Xs).Take(a.K) select x * 100 + y + a.M).ToList();
    public static object QueryProbeInnerCount(Iter<int> s, ShapeArgs a) => (from x in Pull.From(a.Xs) from y in s.Take(a.K) select x + y).Count();
    public static object QueryProbeItselfInnerToArray(Iter<int> s, ShapeArgs a) => (from x in Pull.From(a.Xs).Take(a.N) from y in s select x - y).ToArray();
    public static object QueryThrowingSelectSum(Iter<int> s, ShapeArgs a) => (from x in s from y in Pull.From(a.Xs) select 100 / (y - x)).Sum();
    public static object QueryProbeInnerCapturedThrowingSelect(Iter<int> s, ShapeArgs a) => (from x in Pull.From(a.Xs) from y in s.Take(a.K) select 100 / (y - a.M)).Sum();
    public static object QueryProbeOuterAny(Iter<int> s, ShapeArgs a) => (from x in s from y in Pull.From(a.Xs) select x * y).Any(v => v > a.M);
    public static object QueryProbeInnerAny(Iter<int> s, ShapeArgs a) => (from x in Pull.From(a.Xs) from y in s.Take(a.K) select x * 10 + y).Any(v => v == a.M);
    public static object QueryEmptyInnerCount(Iter<int> s, ShapeArgs a) => (from x in s from y in Pull.From(a.Xs).Take(a.K - a.K) select x + y).Count();
    public static object QueryEmptyOuterSum(Iter<int> s, ShapeArgs a) => (from x in s.Take(a.K - a.K) from y in Pull.From(a.Xs) select x + y).Sum();
    public static object QueryEnumerableInnerWideSum(Iter<int> s, ShapeArgs a) => (from x in s from y in a.Xs select (long)x * y).Sum();
    public static object QueryNullInnerCount(Iter<int> s, ShapeArgs a) => (from x in s from y in (x == a.M ? null! : Pull.From(a.Xs)) select x + y).Count();
    public static object QueryProbeInnerFirst(Iter<int> s, ShapeArgs a) => (from x in Pull.From(a.Xs) from y in s.Take(a.K) select x * 10 + y).First(v => v > a.M);
    public static object QueryProbeOuterCapturedFirst(Iter<int> s, ShapeArgs a) => (from x in s from y in Pull.From(a.Xs) select x - y).First(v => v == a.M);
    public static object CountFromIntFilterTakeSum(Iter<int> s, ShapeArgs a) => Pull.CountFrom(a.M).Filter(x => x % 2 == 0).Take(a.N).Sum();
    public static object CountFromStepMapTakeToList(Iter<int> s, ShapeArgs a) => Pull.CountFrom((long)a.M, (long)a.K - 4).Map(x => x * 2).Take(a.N).ToList();
    public static object PositivesIntTakeWhileCount(Iter<int> s, ShapeArgs a) => Pull.Positives<int>().TakeWhile(x => x < a.M).Count();
    public static object CountFromWrapsSkipTakeToList(Iter<int> s, ShapeArgs a) => Pull.CountFrom(int.MaxValue - a.K, a.K + 1).Skip(1).Take(a.N).ToList();
    // Slice (SliceStage): a stop below, at and above start (a.N against a.K), no stop, a bad start/stop/step caught at
    // the call in the runtime's order, the pull path (First), a short-circuiting terminal, an endless source, a nested loop.
    public static object SliceSum(Iter<int> s, ShapeArgs a) => s.Slice(a.K, a.N, a.K % 3 + 1).Sum();
    public static object SliceNoStopTakeToList(Iter<int> s, ShapeArgs a) => s.Slice(a.K, null, a.K % 4 + 1).Take(a.N).ToList();
    public static object MapSliceBadArgumentsCount(Iter<int> s, ShapeArgs a) => s.Map(x => x * 2).Slice(a.K - 2, a.N, a.K - 3).Count();
    public static object SliceFirst(Iter<int> s, ShapeArgs a) => s.Slice(a.K, a.N).First();
    public static object FilterSliceAnyCaptured(Iter<int> s, ShapeArgs a) => s.Filter(x => x % 2 == 0).Slice(1, a.N).Any(x => x == a.M);
    public static object ArraySliceFirstPredicate(Iter<int> s, ShapeArgs a) => Pull.From(a.Xs).Slice(a.K, a.N + a.K, 2).First(x => x > a.M);
    public static object PositivesSliceToList(Iter<int> s, ShapeArgs a) => Pull.Positives().Slice(a.K, a.N, a.K + 1).ToList();
    public static object SliceTakeWhileSliceToArray(Iter<int> s, ShapeArgs a) => s.Slice(1, null, 2).TakeWhile(x => x != a.M).Slice(0, a.N).ToArray();
    public static object FlatMapNestedSliceSum(Iter<int> s, ShapeArgs a) => s.Take(a.K).FlatMap(x => Pull.From(a.Xs).Slice(x % 3, a.N + 2, 2)).Sum();
    // LINQ's forms (issue 21): SkipWhile; Count/LongCount with a predicate, Sum with a selector (a filter or map step
    // in front of the plain terminal); Aggregate with and without a seed and with a result selector; a terminal with
    // a lambda right on a known source.
    public static object SkipWhileTakeSum(Iter<int> s, ShapeArgs a) => s.SkipWhile(x => x < a.M).Take(a.N).Sum();
    public static object FilterCountPredicate(Iter<int> s, ShapeArgs a) => s.Filter(x => x != a.K).Count(x => x % 2 == 0);
    public static object MapCountCapturedPredicate(Iter<int> s, ShapeArgs a) => s.Map(x => x - 1).Count(x => x > a.M);
    public static object TakeLongCount(Iter<int> s, ShapeArgs a) => s.Take(a.N).LongCount();
    public static object SkipLongCountPredicate(Iter<int> s, ShapeArgs a) => s.Skip(a.K).LongCount(x => x < a.M);
    public static object MapSumSelectorInlined(Iter<int> s, ShapeArgs a) => s.Map(x => x + 1).Sum(x => (long)x * x);
    public static object TakeSumSelectorThrowing(Iter<int> s, ShapeArgs a) => s.Take(a.N).Sum(x => 100 / (x - a.M));
    public static object SkipSumSelectorDouble(Iter<int> s, ShapeArgs a) => s.Skip(a.K).Sum(x => x / 2.0);
    public static object TakeSumNullSelector(Iter<int> s, ShapeArgs a) => s.Take(3).Sum(a.N < 0 ? null! : (Func<int, long>)(x => x));
    public static object FilterAggregateSeed(Iter<int> s, ShapeArgs a) => s.Filter(x => x > 0).Aggregate(1L, (acc, x) => acc * 3 + x);
    public static object TakeAggregateSeedResult(Iter<int> s, ShapeArgs a) => s.Take(a.N).Aggregate(0, (acc, x) => acc + x, acc => acc * 10 + a.M);
    public static object MapAggregateNoSeed(Iter<int> s, ShapeArgs a) => s.Map(x => x * 2).Aggregate((t, x) => t - x);
    public static object TakeAggregateCapturedThrowing(Iter<int> s, ShapeArgs a) => s.Take(a.N).Aggregate((t, x) => t + 100 / (x - a.M));
    public static object ArrayCountPredicateAlone(Iter<int> s, ShapeArgs a) => Pull.From(a.Xs).Count(x => x > a.M);
    public static object RangeSumSelectorAlone(Iter<int> s, ShapeArgs a) => Pull.Range(0, a.N + 3).Sum(x => x * 2);
    public static object ArrayAggregateAlone(Iter<int> s, ShapeArgs a) => Pull.From(a.Xs).Aggregate((t, x) => t * 2 + x);
    public static object ListAnyAlone(Iter<int> s, ShapeArgs a) => Pull.From(new List<int>(a.Xs)).Any(x => x == a.M);
    public static object PositivesFirstPredicateAlone(Iter<int> s, ShapeArgs a) => Pull.Positives().First(x => x > a.M);
    // Zip with an IEnumerable second input (LINQ's overload: adapted with Pull.From, as the library does).
    public static object ZipEnumerableArrayTakeSum(Iter<int> s, ShapeArgs a) => s.Zip(a.Xs, (x, y) => x * 10 + y).Take(a.N).Sum();
    public static object ZipEnumerableListTupleAny(Iter<int> s, ShapeArgs a) => s.Map(x => x + 1).Zip(new List<int>(a.Xs)).Any(p => p.First + p.Second > a.M);
    public static object ZipNullEnumerableCount(Iter<int> s, ShapeArgs a) => s.Take(2).Zip(a.N < 0 ? null! : a.Xs.Skip(a.K)).Count();
    // JoinToString (a StringBuilder in the loop, elements appended as objects); Count(predicate) after a Take.
    public static object MapJoinToString(Iter<int> s, ShapeArgs a) => s.Map(x => x * 2).JoinToString(",");
    public static object TakeJoinToStringNullSeparator(Iter<int> s, ShapeArgs a) => s.Take(a.N).JoinToString(a.K > 6 ? null! : "-");
    public static object NullableStringsJoinToString(Iter<int> s, ShapeArgs a) => s.Map(x => x % 3 == 0 ? null : x.ToString()).Filter(x => x != "7").JoinToString("|");
    public static object TakeCountPredicate(Iter<int> s, ShapeArgs a) => s.Take(a.N).Count(x => x > a.M);
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
    public static object MapAnyCaptured(Iter<int> s, ShapeArgs a) => s.Map(x => x - 1).Any(x => x == a.M);
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
    public static object StepByTakeSum(Iter<int> s, ShapeArgs a) => s.StepBy(a.K + 1).Take(a.N).Sum();
    public static object MapStepByBadStepToList(Iter<int> s, ShapeArgs a) => s.Map(x => x * 2).StepBy(a.K - 1).ToList();
    public static object FilterStepByFirst(Iter<int> s, ShapeArgs a) => s.Filter(x => x % 2 == 0).StepBy(a.K + 1).First();
    public static object ArrayStepByCount(Iter<int> s, ShapeArgs a) => Pull.From(a.Xs).StepBy(a.K + 1).Count();
    public static object EnumerateFilterTakeToList(Iter<int> s, ShapeArgs a) => s.Enumerate(a.M).Filter(p => p.Item % 2 == 0).Take(a.N).ToList();
    public static object EnumerateMapSum(Iter<int> s, ShapeArgs a) => s.Enumerate().Map(p => p.Index * p.Item).Sum();
    public static object ArrayEnumerateWrapsToList(Iter<int> s, ShapeArgs a) => Pull.From(a.Xs).Enumerate(long.MaxValue - a.K).Map(p => p.Index).ToList();
    public static object ScanTakeToList(Iter<int> s, ShapeArgs a) => s.Scan(0L, (acc, x) => acc + x).Take(a.N).ToList();
    public static object ScanCapturedThrowingSum(Iter<int> s, ShapeArgs a) => s.Scan(1, (acc, x) => acc + 100 / (x - a.M)).Sum();
    public static object AccumulateFilterToList(Iter<int> s, ShapeArgs a) => s.Accumulate((t, x) => t + x).Filter(x => x > a.M).ToList();
    public static object AccumulateMethodGroupFirst(Iter<int> s, ShapeArgs a) => s.Accumulate(Math.Max).First(x => x > a.M);
    public static object AccumulateSeededTakeToList(Iter<int> s, ShapeArgs a) => s.Accumulate((t, x) => t * 2 + x, a.M).Take(a.N).ToList();
    public static object TakeAccumulateSeededSum(Iter<int> s, ShapeArgs a) => s.Take(a.K).Accumulate((t, x) => t + x, 100L).Sum();
    public static object AccumulateSeededThrowingMapCount(Iter<int> s, ShapeArgs a) => s.Accumulate((t, x) => t + x, a.M).Map(x => 100 / (x - 3)).Count();
    public static object TwoSeededAccumulatesToList(Iter<int> s, ShapeArgs a) => s.Accumulate((t, x) => t + x, a.K).Take(a.N).Accumulate((t, x) => t - x, a.M).ToList();
    public static object AccumulateSeededFirst(Iter<int> s, ShapeArgs a) => s.Accumulate((t, x) => t + x, a.M).First();
    public static object RepeatTakeSum(Iter<int> s, ShapeArgs a) => Pull.Repeat(a.M).Take(a.N).Sum();
    public static object RepeatCountMapToList(Iter<int> s, ShapeArgs a) => Pull.Repeat(a.M, a.K - 2).Map(x => x + 1).ToList();
    public static object RepeatStepByFirstOrDefault(Iter<int> s, ShapeArgs a) => Pull.Repeat(a.K, a.N).StepBy(2).FirstOrDefault(x => x > 4);
    public static object ListMapTakeSum(Iter<int> s, ShapeArgs a) => Pull.From(new List<int>(a.Xs)).Map(x => x * 3).Take(a.N).Sum();
    public static object ListModifiedDuringFold(Iter<int> s, ShapeArgs a) { a.Log.AddRange(a.Xs); var r = Pull.From(a.Log).Map(x => { if (x % 5 == a.K % 5) { a.Log.Add(x); a.Log.RemoveAt(0); } return x; }).Take(a.N + 5).ToList(); return string.Join(",", r) + "|" + string.Join(",", a.Log); }
    public static object ListGrownDuringFirst(Iter<int> s, ShapeArgs a) { a.Log.AddRange(a.Xs); return Pull.From(a.Log).Filter(x => { a.Log.Add(x + 50); return x > 45; }).First(); }
    public static object RangeStepMapToList(Iter<int> s, ShapeArgs a) => Pull.Range(a.M, a.M + 10 * a.K - 20, a.K - 4).Map(x => x * 2).ToList();
    public static object RangeNearMaxWidenSum(Iter<int> s, ShapeArgs a) => Pull.Range(int.MaxValue - a.K, int.MaxValue).Map(x => (long)x).Sum();
    public static object RangeLongTakeFold(Iter<int> s, ShapeArgs a) => Pull.Range((long)a.K, (long)a.M).Take(a.N).Fold(0L, (acc, x) => acc * 3 + x);
    public static object MapMin(Iter<int> s, ShapeArgs a) => s.Map(x => x * 2).Min();
    public static object FilterMaxCaptured(Iter<int> s, ShapeArgs a) => s.Filter(x => x < a.M).Max();
    public static object MapMinComparerTies(Iter<int> s, ShapeArgs a) => s.Map(x => x - a.M).Min(Comparer<int>.Create((x, y) => Math.Abs(x).CompareTo(Math.Abs(y))));
    public static object SkipMaxNullComparer(Iter<int> s, ShapeArgs a) => s.Skip(a.K).Max((IComparer<int>?)null);
    public static object NullableMin(Iter<int> s, ShapeArgs a) => s.Map(x => x % 3 == 0 ? (int?)null : x).Min() ?? -100;
    public static object StringMaxSkipsNulls(Iter<int> s, ShapeArgs a) => s.Map(x => x % 4 == 0 ? null : x.ToString()).Max() ?? "null";
    public static object DoubleMinMaxNaN(Iter<int> s, ShapeArgs a) => s.Map(x => x == a.M ? double.NaN : x / 2.0).Take(a.N).Min() + s.Map(x => x == a.K ? double.NaN : x / 2.0).Max();
    public static object SkipFirst(Iter<int> s, ShapeArgs a) => s.Skip(a.K).First();
    public static object MapFirstInlined(Iter<int> s, ShapeArgs a) => s.Map(x => x + 1).First(x => x % 5 == 0);
    public static object ThrowingMapFirst(Iter<int> s, ShapeArgs a) => s.Map(x => 100 / (x - a.M)).First();
    public static object FilterFirstOrDefault(Iter<int> s, ShapeArgs a) => s.Filter(x => x > a.M).FirstOrDefault();
    public static object TakeFirstOrDefaultValue(Iter<int> s, ShapeArgs a) => s.Take(a.N).FirstOrDefault(-7);
    public static object MapFirstOrDefaultPredicate(Iter<int> s, ShapeArgs a) => s.Map(x => x * 2).FirstOrDefault(x => x > a.M);
    public static object StringFirstOrDefaultPredicateValue(Iter<int> s, ShapeArgs a) => s.Map(x => x.ToString()).FirstOrDefault(x => x.Length > 1, "none");
    public static object TakeAverage(Iter<int> s, ShapeArgs a) => s.Take(a.N).Average();
    public static object MapAverageLongOverflow(Iter<int> s, ShapeArgs a) => s.Map(x => x * 400_000_000_000_000_000L).Average();
    public static object MapAverageDouble(Iter<int> s, ShapeArgs a) => s.Map(x => x / 3.0).Average();
    public static object MapAverageFloat(Iter<int> s, ShapeArgs a) => s.Map(x => (float)x / 7).Average();
    public static object MapAverageDecimal(Iter<int> s, ShapeArgs a) => s.Map(x => (decimal)x / 3).Average();
    public static object SkipMinSelectorInlined(Iter<int> s, ShapeArgs a) => s.Skip(a.K).Min(x => x * -3);
    public static object FilterMaxSelectorNullableString(Iter<int> s, ShapeArgs a) => s.Filter(x => x > a.M).Max(x => x % 3 == 0 ? null : (x * 7 % 11).ToString()) ?? "null";
    public static object TakeAverageSelectorCapturedThrowing(Iter<int> s, ShapeArgs a) => s.Take(a.N).Average(x => 1000 / (x - a.M));
    public static object MapAverageSelectorDouble(Iter<int> s, ShapeArgs a) => s.Map(x => x + 1).Average(x => x / 4.0);
    public static object NullListMapToList(Iter<int> s, ShapeArgs a) => Pull.From(a.N < 0 ? null! : new List<int>(a.Xs)).Map(x => x + 1).ToList();
    public static object ScanNullFolderSum(Iter<int> s, ShapeArgs a) => s.Scan(0, a.N < 0 ? null! : (Func<int, int, int>)((acc, x) => acc + x)).Sum();
    public static object SeededAccumulateZipProbeThrowingSum(Iter<int> s, ShapeArgs a) => Pull.From(a.Xs).Accumulate((t, x) => t + x, a.M).Zip(s).Map(p => 100 / (p.First - 3)).Sum();
    public static object ProbeSeededAccumulateZipArrayFirst(Iter<int> s, ShapeArgs a) => s.Accumulate((t, x) => t * x, a.K).Zip(Pull.From(a.Xs)).Map(p => p.First - p.Second).First();
    public static object SeededAccumulateSkipStepByDropWhileTakeToList(Iter<int> s, ShapeArgs a) => s.Accumulate((t, x) => t + x, a.M).Skip(a.K % 3).StepBy(2).DropWhile(x => x < a.M).Take(a.N).ToList();
    public static object FilterEnumerateStepByMapMax(Iter<int> s, ShapeArgs a) => s.Filter(x => x != a.M).Enumerate(5).StepBy(a.K + 1).Map(p => p.Index - p.Item).Max();
    public static object RepeatScanTakeWhileCount(Iter<int> s, ShapeArgs a) => Pull.Repeat(a.K + 1).Scan(0, (acc, x) => acc + x).TakeWhile(x => x < a.M).Count();
    public static object RangeAccumulateMin(Iter<int> s, ShapeArgs a) => Pull.Range(a.M, a.K - 2, -1).Accumulate((t, x) => t * x % 97).Min();
    public static object RangeLongStepByFirstPredicate(Iter<int> s, ShapeArgs a) => Pull.Range(0L, 100L, a.K + 1).StepBy(3).First(x => x > a.M);
    public static object ListSeededAccumulateFirstOrDefault(Iter<int> s, ShapeArgs a) => Pull.From(new List<int>(a.Xs)).Accumulate((t, x) => t - x, a.K).Skip(1).FirstOrDefault(-99);
    public static object TakeWhileScanAverage(Iter<int> s, ShapeArgs a) => s.TakeWhile(x => x != a.M).Scan(0L, (acc, x) => acc + x).Average();
    public static object StepByEnumerateAnyCaptured(Iter<int> s, ShapeArgs a) => s.StepBy(2).Enumerate().Any(p => p.Item == a.M);
    public static object ArrayAccumulateMaxComparerFirst(Iter<int> s, ShapeArgs a) => Pull.From(a.Xs).Accumulate((t, x) => t + x).Max(Comparer<int>.Create((x, y) => (x % 7).CompareTo(y % 7)));
    // Zip, Chain, FlatMap, SelectMany (NestedEmitter): the probe as first input, second input, Chain part, outer
    // source and inner iterator; short-circuiting terminals after them; throwing lambdas and eager checks inside them.
    public static object ZipProbeSecondTakeSum(Iter<int> s, ShapeArgs a) => Pull.From(a.Xs).Zip(s, (x, y) => x * 10 + y).Take(a.N).Sum();
    public static object ZipArraySecondFilterToList(Iter<int> s, ShapeArgs a) => s.Map(x => x + 1).Zip(Pull.From(a.Xs).Skip(a.K), (x, y) => x - y).Filter(x => x > a.M).ToList();
    public static object ZipArrayIndexSecondTake(Iter<int> s, ShapeArgs a) => s.Zip(Pull.From(a.Xs), (x, y) => x * y).Take(a.N).ToList();
    public static object ZipTupleAny(Iter<int> s, ShapeArgs a) => s.Zip(Pull.From(a.Xs)).Any(p => p.First + p.Second > a.M);
    public static object ZipWithItselfTake(Iter<int> s, ShapeArgs a) => s.Zip(s, (x, y) => x * 100 + y).Take(a.N).ToList();
    public static object ZipProbeSecondThrowingSelector(Iter<int> s, ShapeArgs a) => Pull.From(a.Xs).Zip(s, (x, y) => 100 / (y - a.M)).Sum();
    public static object ZipThrowingAfterCount(Iter<int> s, ShapeArgs a) => Pull.From(a.Xs).Take(a.K).Zip(s).Map(p => 100 / (p.Second - a.M)).Count();
    public static object ChainProbeSecondMapTake(Iter<int> s, ShapeArgs a) => Pull.From(a.Xs).Take(a.K).Chain(s).Map(x => x * 2).Take(a.N).ToList();
    public static object ChainProbeFirstAny(Iter<int> s, ShapeArgs a) => s.Take(a.K).Chain(Pull.From(a.Xs)).Any(x => x == a.M);
    public static object ChainThrowingInSecondPart(Iter<int> s, ShapeArgs a) => s.Take(a.K).Chain(Pull.From(a.Xs)).Map(x => 100 / (x - a.M)).Sum();
    public static object ChainTwiceTakeCount(Iter<int> s, ShapeArgs a) => Pull.From(a.Xs).Chain(s).Filter(x => x % 2 == 0).Chain(Pull.From(a.Xs)).Take(a.N).Count();
    public static object ChainTakesGuardToList(Iter<int> s, ShapeArgs a) => s.Take(a.N).Chain(Pull.From(a.Xs), s).Take(a.K).ToList();
    public static object FlatMapNestedTakeSum(Iter<int> s, ShapeArgs a) => s.FlatMap(x => Pull.From(a.Xs).Map(y => x * y)).Take(a.N).Sum();
    public static object FlatMapNestedFilterTakeAny(Iter<int> s, ShapeArgs a) => s.FlatMap(x => Pull.From(a.Xs).Filter(y => y > x).Take(a.K)).Any(y => y == a.M);
    public static object FlatMapPositivesTakeWhileToList(Iter<int> s, ShapeArgs a) => s.Take(a.N).FlatMap(x => Pull.Positives().Map(y => y * x).TakeWhile(y => y < a.M).Take(a.K)).ToList();
    public static object FlatMapDropWhileSkipToArray(Iter<int> s, ShapeArgs a) => s.FlatMap(x => Pull.From(a.Xs).DropWhile(y => y < x).Skip(1)).Take(a.N).ToArray();
    public static object FlatMapInlinedThrowingInner(Iter<int> s, ShapeArgs a) => s.FlatMap(x => Pull.From(a.Xs).Map(y => 100 / (y - x))).Take(a.N).Sum();
    public static object FlatMapInnerEagerCheckThrows(Iter<int> s, ShapeArgs a) => s.FlatMap(x => Pull.From(a.Xs).Take(100 / (x - a.M))).Count();
    public static object FlatMapProbeInnerTake(Iter<int> s, ShapeArgs a) => Pull.From(a.Xs).FlatMap(x => s.Take(2)).Take(a.N).ToList();
    public static object FlatMapProbeInnerThrowingAfter(Iter<int> s, ShapeArgs a) => Pull.From(a.Xs).FlatMap(x => s.Take(a.K)).Map(x => 100 / (x - a.M)).Sum();
    public static object SelectManyNestedTakeToList(Iter<int> s, ShapeArgs a) => s.SelectMany(x => Pull.From(a.Xs).Take(a.K), (x, y) => x * 100 + y).Take(a.N).ToList();
    public static object SelectManyCapturedResultFilterCount(Iter<int> s, ShapeArgs a) => s.SelectMany(x => Pull.From(a.Xs), (x, y) => x + y + a.M).Filter(v => v % 3 == 0).Count();
    public static object SelectManyOpaqueInnerAny(Iter<int> s, ShapeArgs a) => s.SelectMany(x => Pull.Repeat(x, a.K), (x, y) => x * y).Any(v => v > a.M);
    public static object SelectManyOneArgNested(Iter<int> s, ShapeArgs a) => s.SelectMany(x => Pull.From(a.Xs).Map(y => y - x)).Take(a.N).Sum();
    public static object ZipAfterFlatMapSum(Iter<int> s, ShapeArgs a) => s.FlatMap(x => Pull.From(a.Xs).Take(a.K)).Zip(Pull.From(a.Xs), (p, q) => p + q).Sum();
    public static object FlatMapAfterZipTakeSum(Iter<int> s, ShapeArgs a) => Pull.From(a.Xs).Zip(s, (x, y) => x + y).FlatMap(v => Pull.From(a.Xs).Map(y => v * y).Take(a.K)).Take(a.N).Sum();
    // Query syntax (from x in a from y in b select r): the terminal detaches the runtime SelectMany and runs its loops.
    // The probe as outer source and as inner iterator; select inlined, captured and throwing; Any stopping early;
    // empty outer and inner; an IEnumerable inner; a null inner.
    public static object QueryProbeOuterSum(Iter<int> s, ShapeArgs a) => (from x in s from y in Pull.From(a.Xs) select x * y).Sum();
    public static object QueryProbeOuterCapturedToList(Iter<int> s, ShapeArgs a) => (from x in s from y in Pull.From(a.Xs).Take(a.K) select x * 100 + y + a.M).ToList();
    public static object QueryProbeInnerCount(Iter<int> s, ShapeArgs a) => (from x in Pull.From(a.Xs) from y in s.Take(a.K) select x + y).Count();
    public static object QueryProbeItselfInnerToArray(Iter<int> s, ShapeArgs a) => (from x in Pull.From(a.Xs).Take(a.N) from y in s select x - y).ToArray();
    public static object QueryThrowingSelectSum(Iter<int> s, ShapeArgs a) => (from x in s from y in Pull.From(a.Xs) select 100 / (y - x)).Sum();
    public static object QueryProbeInnerCapturedThrowingSelect(Iter<int> s, ShapeArgs a) => (from x in Pull.From(a.Xs) from y in s.Take(a.K) select 100 / (y - a.M)).Sum();
    public static object QueryProbeOuterAny(Iter<int> s, ShapeArgs a) => (from x in s from y in Pull.From(a.Xs) select x * y).Any(v => v > a.M);
    public static object QueryProbeInnerAny(Iter<int> s, ShapeArgs a) => (from x in Pull.From(a.Xs) from y in s.Take(a.K) select x * 10 + y).Any(v => v == a.M);
    public static object QueryEmptyInnerCount(Iter<int> s, ShapeArgs a) => (from x in s from y in Pull.From(a.Xs).Take(a.K - a.K) select x + y).Count();
    public static object QueryEmptyOuterSum(Iter<int> s, ShapeArgs a) => (from x in s.Take(a.K - a.K) from y in Pull.From(a.Xs) select x + y).Sum();
    public static object QueryEnumerableInnerWideSum(Iter<int> s, ShapeArgs a) => (from x in s from y in a.Xs select (long)x * y).Sum();
    public static object QueryNullInnerCount(Iter<int> s, ShapeArgs a) => (from x in s from y in (x == a.M ? null! : Pull.From(a.Xs)) select x + y).Count();
    public static object QueryProbeInnerFirst(Iter<int> s, ShapeArgs a) => (from x in Pull.From(a.Xs) from y in s.Take(a.K) select x * 10 + y).First(v => v > a.M);
    public static object QueryProbeOuterCapturedFirst(Iter<int> s, ShapeArgs a) => (from x in s from y in Pull.From(a.Xs) select x - y).First(v => v == a.M);
    public static object CountFromIntFilterTakeSum(Iter<int> s, ShapeArgs a) => Pull.CountFrom(a.M).Filter(x => x % 2 == 0).Take(a.N).Sum();
    public static object CountFromStepMapTakeToList(Iter<int> s, ShapeArgs a) => Pull.CountFrom((long)a.M, (long)a.K - 4).Map(x => x * 2).Take(a.N).ToList();
    public static object PositivesIntTakeWhileCount(Iter<int> s, ShapeArgs a) => Pull.Positives<int>().TakeWhile(x => x < a.M).Count();
    public static object CountFromWrapsSkipTakeToList(Iter<int> s, ShapeArgs a) => Pull.CountFrom(int.MaxValue - a.K, a.K + 1).Skip(1).Take(a.N).ToList();
    // Slice (SliceStage): a stop below, at and above start (a.N against a.K), no stop, a bad start/stop/step caught at
    // the call in the runtime's order, the pull path (First), a short-circuiting terminal, an endless source, a nested loop.
    public static object SliceSum(Iter<int> s, ShapeArgs a) => s.Slice(a.K, a.N, a.K % 3 + 1).Sum();
    public static object SliceNoStopTakeToList(Iter<int> s, ShapeArgs a) => s.Slice(a.K, null, a.K % 4 + 1).Take(a.N).ToList();
    public static object MapSliceBadArgumentsCount(Iter<int> s, ShapeArgs a) => s.Map(x => x * 2).Slice(a.K - 2, a.N, a.K - 3).Count();
    public static object SliceFirst(Iter<int> s, ShapeArgs a) => s.Slice(a.K, a.N).First();
    public static object FilterSliceAnyCaptured(Iter<int> s, ShapeArgs a) => s.Filter(x => x % 2 == 0).Slice(1, a.N).Any(x => x == a.M);
    public static object ArraySliceFirstPredicate(Iter<int> s, ShapeArgs a) => Pull.From(a.Xs).Slice(a.K, a.N + a.K, 2).First(x => x > a.M);
    public static object PositivesSliceToList(Iter<int> s, ShapeArgs a) => Pull.Positives().Slice(a.K, a.N, a.K + 1).ToList();
    public static object SliceTakeWhileSliceToArray(Iter<int> s, ShapeArgs a) => s.Slice(1, null, 2).TakeWhile(x => x != a.M).Slice(0, a.N).ToArray();
    public static object FlatMapNestedSliceSum(Iter<int> s, ShapeArgs a) => s.Take(a.K).FlatMap(x => Pull.From(a.Xs).Slice(x % 3, a.N + 2, 2)).Sum();
    // LINQ's forms (issue 21): SkipWhile; Count/LongCount with a predicate, Sum with a selector (a filter or map step
    // in front of the plain terminal); Aggregate with and without a seed and with a result selector; a terminal with
    // a lambda right on a known source.
    public static object SkipWhileTakeSum(Iter<int> s, ShapeArgs a) => s.SkipWhile(x => x < a.M).Take(a.N).Sum();
    public static object FilterCountPredicate(Iter<int> s, ShapeArgs a) => s.Filter(x => x != a.K).Count(x => x % 2 == 0);
    public static object MapCountCapturedPredicate(Iter<int> s, ShapeArgs a) => s.Map(x => x - 1).Count(x => x > a.M);
    public static object TakeLongCount(Iter<int> s, ShapeArgs a) => s.Take(a.N).LongCount();
    public static object SkipLongCountPredicate(Iter<int> s, ShapeArgs a) => s.Skip(a.K).LongCount(x => x < a.M);
    public static object MapSumSelectorInlined(Iter<int> s, ShapeArgs a) => s.Map(x => x + 1).Sum(x => (long)x * x);
    public static object TakeSumSelectorThrowing(Iter<int> s, ShapeArgs a) => s.Take(a.N).Sum(x => 100 / (x - a.M));
    public static object SkipSumSelectorDouble(Iter<int> s, ShapeArgs a) => s.Skip(a.K).Sum(x => x / 2.0);
    public static object TakeSumNullSelector(Iter<int> s, ShapeArgs a) => s.Take(3).Sum(a.N < 0 ? null! : (Func<int, long>)(x => x));
    public static object FilterAggregateSeed(Iter<int> s, ShapeArgs a) => s.Filter(x => x > 0).Aggregate(1L, (acc, x) => acc * 3 + x);
    public static object TakeAggregateSeedResult(Iter<int> s, ShapeArgs a) => s.Take(a.N).Aggregate(0, (acc, x) => acc + x, acc => acc * 10 + a.M);
    public static object MapAggregateNoSeed(Iter<int> s, ShapeArgs a) => s.Map(x => x * 2).Aggregate((t, x) => t - x);
    public static object TakeAggregateCapturedThrowing(Iter<int> s, ShapeArgs a) => s.Take(a.N).Aggregate((t, x) => t + 100 / (x - a.M));
    public static object ArrayCountPredicateAlone(Iter<int> s, ShapeArgs a) => Pull.From(a.Xs).Count(x => x > a.M);
    public static object RangeSumSelectorAlone(Iter<int> s, ShapeArgs a) => Pull.Range(0, a.N + 3).Sum(x => x * 2);
    public static object ArrayAggregateAlone(Iter<int> s, ShapeArgs a) => Pull.From(a.Xs).Aggregate((t, x) => t * 2 + x);
    public static object ListAnyAlone(Iter<int> s, ShapeArgs a) => Pull.From(new List<int>(a.Xs)).Any(x => x == a.M);
    public static object PositivesFirstPredicateAlone(Iter<int> s, ShapeArgs a) => Pull.Positives().First(x => x > a.M);
    // Zip with an IEnumerable second input (LINQ's overload: adapted with Pull.From, as the library does).
    public static object ZipEnumerableArrayTakeSum(Iter<int> s, ShapeArgs a) => s.Zip(a.Xs, (x, y) => x * 10 + y).Take(a.N).Sum();
    public static object ZipEnumerableListTupleAny(Iter<int> s, ShapeArgs a) => s.Map(x => x + 1).Zip(new List<int>(a.Xs)).Any(p => p.First + p.Second > a.M);
    public static object ZipNullEnumerableCount(Iter<int> s, ShapeArgs a) => s.Take(2).Zip(a.N < 0 ? null! : a.Xs.Skip(a.K)).Count();
    // JoinToString (a StringBuilder in the loop, elements appended as objects); Count(predicate) after a Take.
    public static object MapJoinToString(Iter<int> s, ShapeArgs a) => s.Map(x => x * 2).JoinToString(",");
    public static object TakeJoinToStringNullSeparator(Iter<int> s, ShapeArgs a) => s.Take(a.N).JoinToString(a.K > 6 ? null! : "-");
    public static object NullableStringsJoinToString(Iter<int> s, ShapeArgs a) => s.Map(x => x % 3 == 0 ? null : x.ToString()).Filter(x => x != "7").JoinToString("|");
    public static object TakeCountPredicate(Iter<int> s, ShapeArgs a) => s.Take(a.N).Count(x => x > a.M);
}
