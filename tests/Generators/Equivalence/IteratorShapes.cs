namespace Streams.Generators.Tests.Equivalence;

// The table of chains without a terminal, which the generator turns into one iterator each. FusedIteratorShapes and
// RuntimeIteratorShapes hold the same chains, character for character below their class line
// (IteratorEquivalenceTests checks that): this project compiles with fusion on, so each FusedIteratorShapes method
// returns the generated iterator and its twin, under [DisableFusion], the library's chain. A shape names the source,
// operators and lambda kinds (inlined or called through the delegate) it covers.
internal static class FusedIteratorShapes
{
    public static Iter<int> MapFilterTake(Iter<int> s, ShapeArgs a) => s.Map(x => x * 3).Filter(x => x % 2 == 0).Take(a.N);
    public static Iter<long> CapturedFilterWiden(Iter<int> s, ShapeArgs a) => s.Filter(x => x > a.M).Map(x => (long)x * x);
    public static Iter<int> SkipTake(Iter<int> s, ShapeArgs a) => s.Skip(a.K).Take(a.N);
    public static Iter<int> TakeWhileCaptured(Iter<int> s, ShapeArgs a) => s.TakeWhile(x => x < a.M);
    public static Iter<int> DropWhileTake(Iter<int> s, ShapeArgs a) => s.DropWhile(x => x < a.M).Take(a.N);
    public static Iter<int> CapturedThrowingMap(Iter<int> s, ShapeArgs a) => s.Map(x => 100 / (x - a.M));
    public static Iter<int> InlinedThrowingMapTake(Iter<int> s, ShapeArgs a) => s.Map(x => 100 / (x - 3)).Take(a.N);
    public static Iter<string> ToStringFilterTake(Iter<int> s, ShapeArgs a) => s.Map(x => x.ToString()).Filter(x => x.Length > 1).Take(a.N);
    public static Iter<int> TakeTakeFilter(Iter<int> s, ShapeArgs a) => s.Take(a.N).Take(a.K).Filter(x => x % 2 == 0);
    public static Iter<int> TakeSkipTakeWhile(Iter<int> s, ShapeArgs a) => s.Take(a.N).Skip(a.K).TakeWhile(x => x != a.M);
    public static Iter<int> FilterTakeMapSkip(Iter<int> s, ShapeArgs a) => s.Where(x => x % 3 != 0).Take(a.N).Select(x => x - 1).Skip(a.K);
    public static Iter<int> ArrayMapFilterTake(Iter<int> s, ShapeArgs a) => Pull.From(a.Xs).Map(x => x * 2).Filter(x => x > a.M).Take(a.N);
    public static Iter<int> ArraySkipTakeWhile(Iter<int> s, ShapeArgs a) => Pull.From(a.Xs).Skip(a.K).TakeWhile(x => x != a.M);
    public static Iter<long> PositivesFilterMapTake(Iter<int> s, ShapeArgs a) => Pull.Positives().Filter(x => x % 3 == 0).Map(x => x * x).Take(a.N);
    public static Iter<long> PositivesDropWhileTake(Iter<int> s, ShapeArgs a) => Pull.Positives().DropWhile(x => x < a.M).Take(a.N);
    public static Iter<long> RangeSkip(Iter<int> s, ShapeArgs a) => Pull.Range((long)a.K, (long)a.M + 20).Skip(a.N);
    public static Iter<long> RangeMapTake(Iter<int> s, ShapeArgs a) => Pull.Range((long)a.M, (long)a.M + a.K).Map(x => x % 7).Take(a.N);
    public static Iter<int> CountFromIntFilterTake(Iter<int> s, ShapeArgs a) => Pull.CountFrom(a.M, a.K + 1).Filter(x => x > a.M + 3).Take(a.N);
    public static Iter<int> CountFromWrapsSkipTake(Iter<int> s, ShapeArgs a) => Pull.CountFrom(int.MaxValue - a.K).Skip(a.K).Take(a.N);
    public static Iter<int> SliceStep(Iter<int> s, ShapeArgs a) => s.Slice(a.K, a.N, a.K % 3 + 1);
    public static Iter<int> ArraySliceNoStop(Iter<int> s, ShapeArgs a) => Pull.From(a.Xs).Slice(a.K, null, 2);
    public static Iter<long> PositivesSliceFilter(Iter<int> s, ShapeArgs a) => Pull.Positives().Slice(a.K, a.N + a.K).Filter(x => x % 2 == 1);
    public static Iter<int> SliceTakeMap(Iter<int> s, ShapeArgs a) => s.Slice(1, a.N).Take(a.K).Map(x => x + 1);
    public static Iter<int> SkipWhileMap(Iter<int> s, ShapeArgs a) => s.SkipWhile(x => x < a.M).Map(x => x * 2);
}

[DisableFusion]
internal static class RuntimeIteratorShapes
{
    public static Iter<int> MapFilterTake(Iter<int> s, ShapeArgs a) => s.Map(x => x * 3).Filter(x => x % 2 == 0).Take(a.N);
    public static Iter<long> CapturedFilterWiden(Iter<int> s, ShapeArgs a) => s.Filter(x => x > a.M).Map(x => (long)x * x);
    public static Iter<int> SkipTake(Iter<int> s, ShapeArgs a) => s.Skip(a.K).Take(a.N);
    public static Iter<int> TakeWhileCaptured(Iter<int> s, ShapeArgs a) => s.TakeWhile(x => x < a.M);
    public static Iter<int> DropWhileTake(Iter<int> s, ShapeArgs a) => s.DropWhile(x => x < a.M).Take(a.N);
    public static Iter<int> CapturedThrowingMap(Iter<int> s, ShapeArgs a) => s.Map(x => 100 / (x - a.M));
    public static Iter<int> InlinedThrowingMapTake(Iter<int> s, ShapeArgs a) => s.Map(x => 100 / (x - 3)).Take(a.N);
    public static Iter<string> ToStringFilterTake(Iter<int> s, ShapeArgs a) => s.Map(x => x.ToString()).Filter(x => x.Length > 1).Take(a.N);
    public static Iter<int> TakeTakeFilter(Iter<int> s, ShapeArgs a) => s.Take(a.N).Take(a.K).Filter(x => x % 2 == 0);
    public static Iter<int> TakeSkipTakeWhile(Iter<int> s, ShapeArgs a) => s.Take(a.N).Skip(a.K).TakeWhile(x => x != a.M);
    public static Iter<int> FilterTakeMapSkip(Iter<int> s, ShapeArgs a) => s.Where(x => x % 3 != 0).Take(a.N).Select(x => x - 1).Skip(a.K);
    public static Iter<int> ArrayMapFilterTake(Iter<int> s, ShapeArgs a) => Pull.From(a.Xs).Map(x => x * 2).Filter(x => x > a.M).Take(a.N);
    public static Iter<int> ArraySkipTakeWhile(Iter<int> s, ShapeArgs a) => Pull.From(a.Xs).Skip(a.K).TakeWhile(x => x != a.M);
    public static Iter<long> PositivesFilterMapTake(Iter<int> s, ShapeArgs a) => Pull.Positives().Filter(x => x % 3 == 0).Map(x => x * x).Take(a.N);
    public static Iter<long> PositivesDropWhileTake(Iter<int> s, ShapeArgs a) => Pull.Positives().DropWhile(x => x < a.M).Take(a.N);
    public static Iter<long> RangeSkip(Iter<int> s, ShapeArgs a) => Pull.Range((long)a.K, (long)a.M + 20).Skip(a.N);
    public static Iter<long> RangeMapTake(Iter<int> s, ShapeArgs a) => Pull.Range((long)a.M, (long)a.M + a.K).Map(x => x % 7).Take(a.N);
    public static Iter<int> CountFromIntFilterTake(Iter<int> s, ShapeArgs a) => Pull.CountFrom(a.M, a.K + 1).Filter(x => x > a.M + 3).Take(a.N);
    public static Iter<int> CountFromWrapsSkipTake(Iter<int> s, ShapeArgs a) => Pull.CountFrom(int.MaxValue - a.K).Skip(a.K).Take(a.N);
    public static Iter<int> SliceStep(Iter<int> s, ShapeArgs a) => s.Slice(a.K, a.N, a.K % 3 + 1);
    public static Iter<int> ArraySliceNoStop(Iter<int> s, ShapeArgs a) => Pull.From(a.Xs).Slice(a.K, null, 2);
    public static Iter<long> PositivesSliceFilter(Iter<int> s, ShapeArgs a) => Pull.Positives().Slice(a.K, a.N + a.K).Filter(x => x % 2 == 1);
    public static Iter<int> SliceTakeMap(Iter<int> s, ShapeArgs a) => s.Slice(1, a.N).Take(a.K).Map(x => x + 1);
    public static Iter<int> SkipWhileMap(Iter<int> s, ShapeArgs a) => s.SkipWhile(x => x < a.M).Map(x => x * 2);
}
