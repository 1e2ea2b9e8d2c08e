// HOW TO REGISTER AN OPERATOR (one line in Entries below; the completeness test fails until you do):
//   Op("Name", "variant or empty", NameVariant, NameVariantModel, maxPulls, borrows: false)
// with two named functions below the table, in table order:
//   Iter<int> NameVariant(Iter<int> s, OpArgs a, Sources c)      builds it on s (project other element types to int)
//   IEnumerable<int> NameVariantModel(List<int> l, OpArgs a)      the oracle: LINQ or list code, no Streams code
// maxPulls is the most upstream elements it may pull to give k outputs (OnePerOutput, OneMoreThanOutputs, or a named
// function); leave it out for no bound. borrows is true only for ByRef-like operators that do not own their upstream.
// Arguments come from OpArgs: N (0..12), functions F/G (int -> int), predicates P/Q, Inner(x) (0..2 elements),
// Other (a second input; make it a source with c.Src(a.Other), or c.Array(a.Other) for an array, so its pulls and
// releases are watched; sources made later, like FlatMap inners, use c.Later()). Every law in OperatorLawTests then
// runs over the entry on every source shape, and the random pipelines start drawing it.

using System.Collections.Immutable;

namespace Streams.Tests.Laws;

/// <summary>A registered operator: how to build it on an Iter&lt;int&gt;, its list model, laziness contract and
/// ownership.</summary>
public sealed record OpEntry(
    string Name,
    string Variant,
    Func<Iter<int>, OpArgs, Sources, Iter<int>> Build,
    Func<List<int>, OpArgs, IEnumerable<int>> ModelCore,
    Func<int, OpArgs, int?> MaxPulls,
    bool Borrows = false)
{
    public List<int> Model(List<int> input, OpArgs args) => ModelCore(input, args).ToList();

    public override string ToString() => Variant.Length == 0 ? Name : $"{Name}[{Variant}]";
}

public static class OperatorTable
{
    private static readonly Func<int, OpArgs, int?> Unbounded = (_, _) => null;

    public static OpEntry Op(string name, string variant, Func<Iter<int>, OpArgs, Sources, Iter<int>> build,
        Func<List<int>, OpArgs, IEnumerable<int>> model, Func<int, OpArgs, int?>? maxPulls = null,
        bool borrows = false) =>
        new(name, variant, build, model, maxPulls ?? Unbounded, borrows);

    /// <summary>The primary source with no operator: runs every law over each source shape's own paths (its fold,
    /// its count capability, the vectorised terminals Sum and Count take when nothing stands between them and it).
    /// Not an operator of Pull, so the completeness test leaves it out.</summary>
    public static readonly OpEntry SourceItself = Op("Source", "itself", Itself, Unchanged, OnePerOutput);

    public static readonly IReadOnlyList<OpEntry> Entries =
    [
        SourceItself,
        Op("Map", "", Map, MapModel, OnePerOutput),
        Op("Map", "via long", MapViaLong, MapViaLongModel, OnePerOutput),
        // The fused variants (Map.cs, Filter.cs): two stages built as one.
        Op("Map", "then Map, fused", MapThenMap, MapThenMapModel, OnePerOutput),
        Op("Filter", "then Filter, fused", FilterThenFilter, FilterThenFilterModel),
        Op("Filter", "then Map, fused", FilterThenMap, FilterThenMapModel),
        Op("Filter", "", Filter, FilterModel),
        Op("FilterFalse", "", FilterFalse, FilterFalseModel),
        Op("Take", "int", TakeInt, TakeIntModel, OnePerOutput),
        Op("Take", "long", TakeLong, TakeLongModel, OnePerOutput),
        Op("Chain", "", Chain, ChainModel, OnePerOutput),
        Op("Chain", "3 parts", Chain3Parts, Chain3PartsModel, OnePerOutput),
        Op("Chain", "empty first", ChainEmptyFirst, ChainEmptyFirstModel, OnePerOutput),
        Op("FlatMap", "", FlatMap, FlatMapModel),
        Op("Zip", "selector", ZipSelector, ZipSelectorModel, OneMoreThanOutputs),
        Op("Zip", "tuples", ZipTuples, ZipTuplesModel, OneMoreThanOutputs),
        Op("Zip", "other side", ZipOtherSide, ZipOtherSideModel, OnePerOutput),
        // Both sides memory-backed (with an array or list primary): Zip's fold runs one loop over the two spans.
        Op("Zip", "array second side", ZipWithArray, ZipModel, OneMoreThanOutputs),
        Op("ByRef", "", ByRef, ByRefModel, OnePerOutput, borrows: true),

        // ---- query syntax ----
        Op("Select", "", Select, SelectModel, OnePerOutput),
        Op("Where", "", Where, WhereModel),
        Op("SelectMany", "iter", SelectManyIter, SelectManyIterModel),
        Op("SelectMany", "iter, result", SelectManyIterResult, SelectManyIterResultModel),
        Op("SelectMany", "enumerable, result", SelectManyEnumerableResult, SelectManyEnumerableResultModel),

        // ---- several inputs in lockstep ----
        Op("Zip", "2 inputs, map(f, a, b)", Map2Inputs, Map2InputsModel, OneMoreThanOutputs),
        Op("Zip", "3 inputs, map(f, a, b, c)", Map3Inputs, Map3InputsModel, OneMoreThanOutputs),
        Op("Zip", "3 inputs", Zip3Inputs, Zip3InputsModel, OneMoreThanOutputs),
        Op("Zip", "3 inputs, other side", Zip3InputsOtherSide, Zip3InputsOtherSideModel, OnePerOutput),
        Op("ZipLongest", "", ZipLongest, ZipLongestModel, OnePerOutput),
        Op("ZipLongest", "other side", ZipLongestOtherSide, ZipLongestOtherSideModel, OnePerOutput),
        Op("ZipStrict", "selector, any lengths",
            ZipStrictSelectorAnyLengths, ZipStrictSelectorAnyLengthsModel, OneMoreThanOutputs),
        Op("ZipStrict", "tuples, other side",
            ZipStrictTuplesOtherSide, ZipStrictTuplesOtherSideModel, OneMoreThanOutputs),
        Op("ZipStrict", "equal lengths via Tee",
            ZipStrictEqualLengthsViaTee, ZipStrictEqualLengthsViaTeeModel, OneMoreThanOutputs),
        Op("Compress", "", Compress, CompressModel, CompressPulls),

        // ---- positions ----
        Op("Skip", "int", SkipInt, SkipIntModel, SkipIntPulls),
        Op("Skip", "long", SkipLong, SkipLongModel, SkipLongPulls),
        // islice pulls positions up to the next one it produces (the one after the k-th when it finds the end), never
        // past max(start, stop).
        Op("Slice", "start, stop, step", SliceStartStopStep, SliceStartStopStepModel, SliceStartStopStepPulls),
        Op("Slice", "no stop", SliceNoStop, SliceNoStopModel, SliceNoStopPulls),
        Op("StepBy", "", StepBy, StepByModel, StepByPulls),
        Op("TakeWhile", "", TakeWhile, TakeWhileModel, OneMoreThanOutputs),
        Op("DropWhile", "", DropWhile, DropWhileModel),
        Op("Cycle", "bounded by Take", CycleBoundedByTake, CycleBoundedByTakeModel, OnePerOutput),
        Op("Cycle", "bounded by TakeWhile", CycleBoundedByTakeWhile, CycleBoundedByTakeWhileModel, OneMoreThanOutputs),

        // ---- running state ----
        Op("Enumerate", "", Enumerate, EnumerateModel, OnePerOutput),
        Op("Enumerate", "start", EnumerateStart, EnumerateStartModel, OnePerOutput),
        Op("Inspect", "", Inspect, InspectModel, OnePerOutput),
        Op("Scan", "", Scan, ScanModel, OnePerOutput),
        Op("Scan", "to long", ScanToLong, ScanToLongModel, OnePerOutput),
        Op("Accumulate", "", Accumulate, AccumulateModel, OnePerOutput),
        Op("Accumulate", "initial", AccumulateInitial, AccumulateInitialModel, OnePerOutput),
        Op("Distinct", "", Distinct, DistinctModel),
        Op("Distinct", "comparer", DistinctComparer, DistinctComparerModel),

        // ---- groups of neighbours (projected back to int) ----
        Op("Pairwise", "", Pairwise, PairwiseModel, OneMoreThanOutputs),
        Op("Window", "", Window, WindowModel, WindowPulls),
        // A batch being filled when the source throws is lost (as in Python), so k outputs may cost up to size - 1 more
        // pulls.
        Op("Batch", "", Batch, BatchModel, BatchPulls),
        Op("Batch", "strict", BatchStrict, BatchStrictModel, BatchStrictPulls),
        Op("GroupAdjacent", "key and count", GroupAdjacentKeyAndCount, GroupAdjacentKeyAndCountModel),
        Op("GroupAdjacent", "keys only, groups skipped",
            GroupAdjacentKeysOnlyGroupsSkipped, GroupAdjacentKeysOnlyGroupsSkippedModel),
        Op("GroupAdjacent", "first of each group", GroupAdjacentFirstOfEachGroup, GroupAdjacentFirstOfEachGroupModel),
        Op("GroupAdjacent", "flattened", GroupAdjacentFlattened, GroupAdjacentFlattenedModel),

        // ---- flattening ----
        Op("ChainMany", "iters", ChainManyIters, ChainManyItersModel),
        Op("ChainMany", "enumerables", ChainManyEnumerables, ChainManyEnumerablesModel),
        Op("ChainMany", "arrays", ChainManyArrays, ChainManyArraysModel),

        // ---- combinatorics: they read their whole pool, so the pool is capped with Take (the bound is the cap) ----
        Op("Permutations", "r, pool of 6", PermutationsRPoolOf6, PermutationsRPoolOf6Model, PermutationsRPoolOf6Pulls),
        Op("Permutations", "all, pool of 5",
            PermutationsAllPoolOf5, PermutationsAllPoolOf5Model, PermutationsAllPoolOf5Pulls),
        Op("Combinations", "pool of 6", CombinationsPoolOf6, CombinationsPoolOf6Model, CombinationsPoolOf6Pulls),
        Op("CombinationsWithReplacement", "pool of 6",
            CombinationsWithReplacementPoolOf6, CombinationsWithReplacementPoolOf6Model,
            CombinationsWithReplacementPoolOf6Pulls),
        Op("Product", "repeat, pool of 5", ProductRepeatPoolOf5, ProductRepeatPoolOf5Model, ProductRepeatPoolOf5Pulls),
        Op("Product", "two inputs of 6", ProductTwoInputsOf6, ProductTwoInputsOf6Model, ProductTwoInputsOf6Pulls),

        // ---- sharing: Tee's copies and Peekable ----
        Op("Tee", "first copy, others disposed",
            TeeFirstCopyOthersDisposed, TeeFirstCopyOthersDisposedModel, OnePerOutput),
        Op("Tee", "first copy then second", TeeFirstCopyThenSecond, TeeFirstCopyThenSecondModel, OnePerOutput),
        Op("Tee", "copies interleaved", TeeCopiesInterleaved, TeeCopiesInterleavedModel, TeeCopiesInterleavedPulls),
        Op("Tee", "lagging copy zipped", TeeLaggingCopyZipped, TeeLaggingCopyZippedModel, OneMoreThanOutputs),
        Op("Peekable", "", Peekable, PeekableModel, OnePerOutput),
        Op("Peekable", "peek then pull", PeekablePeekThenPull, PeekablePeekThenPullModel, OnePerOutput),
        Op("Peekable", "NextIf", PeekableNextIf, PeekableNextIfModel, OnePerOutput),

        // ---- LINQ-named operators and Python staples: their own file ----
        .. LinqOperatorTable.Entries,
    ];

    /// <summary>Sources: every public static method of Pull that builds an Iter&lt;&gt; from something else, with a
    /// law-kit check.</summary>
    public static readonly IReadOnlyDictionary<string, Action<int>> SourceChecks = new Dictionary<string, Action<int>>
    {
        ["From"] = n =>
        {
            Kit(() => Streams.Pull.From(Enumerable.Range(0, n).ToArray()));
            Kit(() => Streams.Pull.From(Enumerable.Range(0, n).ToList()));
            Kit(() => Streams.Pull.From(Enumerable.Range(0, n + 2).ToArray().AsMemory(1, n)));
            Kit(() => Streams.Pull.From(ImmutableArray.CreateRange(Enumerable.Range(0, n))));
        },
        ["Of"] = n => Kit(() => Streams.Pull.Of(n, n + 1, n + 2)),
        ["Range"] = n =>
        {
            Kit(() => Streams.Pull.Range(-n, n));
            Kit(() => Streams.Pull.Range(n, -n, -3));
            Kit(() => Streams.Pull.Range((long)-n, n));
            Kit(() => Streams.Pull.Range((System.Numerics.BigInteger)n, -n, -2));
        },
        ["CountFrom"] = n => { Kit(() => Streams.Pull.CountFrom((long)n, 2L)); Kit(() => Streams.Pull.CountFrom(n)); },
        ["Positives"] = _ =>
        {
            Kit(() => Streams.Pull.Positives());
            Kit(() => Streams.Pull.Positives<int>());
            Kit(() => Streams.Pull.Positives<double>());
        },
        ["Empty"] = _ => Kit(() => Streams.Pull.Empty<int>()),
        ["Once"] = n => Kit(() => Streams.Pull.Once(n)),
        ["Chars"] = n => Kit(() => Streams.Pull.Chars(new string('x', n) + "abc")),
        ["ToIter"] = n => Kit(() => Enumerable.Range(0, n).Select(x => x * x).ToIter()),
        ["Repeat"] = n => { Kit(() => Streams.Pull.Repeat(n)); Kit(() => Streams.Pull.Repeat(n, n)); },
        ["Iterate"] = n => Kit(() => Streams.Pull.Iterate(n, x => x * 2 + 1)),
        ["Generate"] = n => Kit(() => { int next = n; return Streams.Pull.Generate(() => next++); }),
        ["Unfold"] = n => Kit(() => Streams.Pull.Unfold(n, s => (s > 0, s * 10, s - 1))),
        ["FromFunction"] = n => Kit(() => { int i = 0; return Streams.Pull.FromFunction(() => ++i > n ? 0 : i, 0); }),
        ["FromIndexer"] = n =>
        {
            var array = Enumerable.Range(0, n).ToArray();
            Kit(() => Streams.Pull.FromIndexer(i => array[i]));
            var list = Enumerable.Range(0, n).ToList();
            Kit(() => Streams.Pull.FromIndexer(i => list[(int)i]));
        },
        ["Defer"] = n =>
        {
            Kit(() => Streams.Pull.Defer(() => Streams.Pull.Range(0, n)));
            Kit(() => Streams.Pull.Defer(() => Enumerable.Range(0, n)));
        },
        ["Interleave"] = n =>
        {
            Kit(() => Streams.Pull.Interleave(
                Streams.Pull.Range(0L, n), Streams.Pull.Of(-1L), Streams.Pull.Empty<long>(),
                Streams.Pull.Range(10L, 10 + 2 * n)));
            Kit(() => Streams.Pull.Interleave(Streams.Pull.Range(0L, n), Streams.Pull.Positives().Map(x => -x)));
            Kit(() => Streams.Pull.Interleave<int>());
        },
    };

    private static Iter<int> MapThenMap(Iter<int> source, OpArgs a, Sources c) => source.Map(a.F).Map(a.G);

    private static IEnumerable<int> MapThenMapModel(List<int> input, OpArgs a) => input.Select(a.F).Select(a.G);

    private static Iter<int> FilterThenFilter(Iter<int> source, OpArgs a, Sources c) => source.Filter(a.P).Filter(a.Q);

    private static IEnumerable<int> FilterThenFilterModel(List<int> input, OpArgs a) => input.Where(a.P).Where(a.Q);

    private static Iter<int> FilterThenMap(Iter<int> source, OpArgs a, Sources c) => source.Filter(a.P).Map(a.F);

    private static IEnumerable<int> FilterThenMapModel(List<int> input, OpArgs a) => input.Where(a.P).Select(a.F);

    private static Iter<int> ZipWithArray(Iter<int> source, OpArgs a, Sources c) =>
        source.Zip(c.Array(a.Other), Combine);

    private static IEnumerable<int> ZipModel(List<int> input, OpArgs a) => input.Zip(a.Other, Combine);

    private static int Combine(int x, int y) => unchecked(x * 3 + y);

    private static Iter<int> Itself(Iter<int> source, OpArgs a, Sources c) => source;

    private static IEnumerable<int> Unchanged(List<int> input, OpArgs a) => input;

    /// <summary>Pull bound of a streaming operator: one upstream element per output.</summary>
    internal static int? OnePerOutput(int outputs, OpArgs a) => outputs;

    /// <summary>Pull bound of an operator that looks at one element past its last output (to find its end).</summary>
    internal static int? OneMoreThanOutputs(int outputs, OpArgs a) => outputs + 1;

    private static int SliceStep(OpArgs a) => 1 + OpArgs.Mod(a.A, 3);

    private static void Kit<T>(Func<Iter<T>> factory) =>
        Streams.Laws.IteratorLaws.Check(factory, new() { MaxElements = 24, RandomSplits = 8 });

    public static OpEntry Find(string key) => Entries.Single(e => e.ToString() == key);

    // ---- the entries' functions, in table order ----

    private static Iter<int> Map(Iter<int> s, OpArgs a, Sources c) => s.Map(a.F);

    private static IEnumerable<int> MapModel(List<int> l, OpArgs a) => l.Select(a.F);

    private static Iter<int> MapViaLong(Iter<int> s, OpArgs a, Sources c) =>
        s.Map(x => (long)x * a.A).Map(y => (int)(y - a.B));

    private static IEnumerable<int> MapViaLongModel(List<int> l, OpArgs a) => l.Select(x => x * a.A - a.B);

    private static Iter<int> Filter(Iter<int> s, OpArgs a, Sources c) => s.Filter(a.P);

    private static IEnumerable<int> FilterModel(List<int> l, OpArgs a) => l.Where(a.P);

    private static Iter<int> FilterFalse(Iter<int> s, OpArgs a, Sources c) => s.FilterFalse(a.P);

    private static IEnumerable<int> FilterFalseModel(List<int> l, OpArgs a) => l.Where(x => !a.P(x));

    private static Iter<int> TakeInt(Iter<int> s, OpArgs a, Sources c) => s.Take(a.N);

    private static IEnumerable<int> TakeIntModel(List<int> l, OpArgs a) => l.Take(a.N);

    private static Iter<int> TakeLong(Iter<int> s, OpArgs a, Sources c) => s.Take((long)a.N);

    private static IEnumerable<int> TakeLongModel(List<int> l, OpArgs a) => l.Take(a.N);

    private static Iter<int> Chain(Iter<int> s, OpArgs a, Sources c) => s.Chain(c.Src(a.Other));

    private static IEnumerable<int> ChainModel(List<int> l, OpArgs a) => l.Concat(a.Other);

    private static Iter<int> Chain3Parts(Iter<int> s, OpArgs a, Sources c) =>
        s.Chain(c.Src(a.Other), c.Src(a.Other.Reverse()));

    private static IEnumerable<int> Chain3PartsModel(List<int> l, OpArgs a) =>
        l.Concat(a.Other).Concat(a.Other.Reverse());

    private static Iter<int> ChainEmptyFirst(Iter<int> s, OpArgs a, Sources c) => c.Src([]).Chain(s);

    private static IEnumerable<int> ChainEmptyFirstModel(List<int> l, OpArgs a) => l;

    private static Iter<int> FlatMap(Iter<int> s, OpArgs a, Sources c)
    {
        var inner = c.Later();
        return s.FlatMap(x => inner(a.Inner(x)));
    }

    private static IEnumerable<int> FlatMapModel(List<int> l, OpArgs a) => l.SelectMany(a.Inner);

    private static Iter<int> ZipSelector(Iter<int> s, OpArgs a, Sources c) =>
        s.Zip(c.Src(a.Other), (x, y) => unchecked(x * 3 + y));

    private static IEnumerable<int> ZipSelectorModel(List<int> l, OpArgs a) => l.Zip(a.Other, (x, y) => x * 3 + y);

    private static Iter<int> ZipTuples(Iter<int> s, OpArgs a, Sources c) =>
        s.Zip(c.Src(a.Other)).Map(t => t.First - t.Second);

    private static IEnumerable<int> ZipTuplesModel(List<int> l, OpArgs a) => l.Zip(a.Other, (x, y) => x - y);

    private static Iter<int> ZipOtherSide(Iter<int> s, OpArgs a, Sources c) => c.Src(a.Other).Zip(s, (x, y) => x - y);

    private static IEnumerable<int> ZipOtherSideModel(List<int> l, OpArgs a) => a.Other.Zip(l, (x, y) => x - y);

    private static Iter<int> ByRef(Iter<int> s, OpArgs a, Sources c) => s.ByRef();

    private static IEnumerable<int> ByRefModel(List<int> l, OpArgs a) => l;

    private static Iter<int> Select(Iter<int> s, OpArgs a, Sources c) => s.Select(a.F);

    private static IEnumerable<int> SelectModel(List<int> l, OpArgs a) => l.Select(a.F);

    private static Iter<int> Where(Iter<int> s, OpArgs a, Sources c) => s.Where(a.P);

    private static IEnumerable<int> WhereModel(List<int> l, OpArgs a) => l.Where(a.P);

    private static Iter<int> SelectManyIter(Iter<int> s, OpArgs a, Sources c)
    {
        var inner = c.Later();
        return s.SelectMany(x => inner(a.Inner(x)));
    }

    private static IEnumerable<int> SelectManyIterModel(List<int> l, OpArgs a) => l.SelectMany(a.Inner);

    private static Iter<int> SelectManyIterResult(Iter<int> s, OpArgs a, Sources c)
    {
        var inner = c.Later();
        return s.SelectMany(x => inner(a.Inner(x)), (x, y) => unchecked(x * 3 - y));
    }

    private static IEnumerable<int> SelectManyIterResultModel(List<int> l, OpArgs a) =>
        l.SelectMany(a.Inner, (x, y) => x * 3 - y);

    private static Iter<int> SelectManyEnumerableResult(Iter<int> s, OpArgs a, Sources c) =>
        s.SelectMany(x => (IEnumerable<int>)a.Inner(x), (x, y) => unchecked(x - 2 * y));

    private static IEnumerable<int> SelectManyEnumerableResultModel(List<int> l, OpArgs a) =>
        l.SelectMany(a.Inner, (x, y) => x - 2 * y);

    private static Iter<int> Map2Inputs(Iter<int> s, OpArgs a, Sources c) =>
        s.Zip(c.Src(a.Other), (x, y) => unchecked(x * 3 + y));

    private static IEnumerable<int> Map2InputsModel(List<int> l, OpArgs a) => l.Zip(a.Other, (x, y) => x * 3 + y);

    private static Iter<int> Map3Inputs(Iter<int> s, OpArgs a, Sources c) =>
        s.Zip(c.Src(a.Other), c.Src(a.Other.Reverse()), (x, y, z) => unchecked(x * 9 + y * 3 + z));

    private static IEnumerable<int> Map3InputsModel(List<int> l, OpArgs a) =>
        l.Zip(a.Other, a.Other.Reverse()).Select(t => t.First * 9 + t.Second * 3 + t.Third);

    private static Iter<int> Zip3Inputs(Iter<int> s, OpArgs a, Sources c) =>
        s.Zip(c.Src(a.Other), c.Src(a.Other.Select(a.G))).Map(t => unchecked(t.First * 9 + t.Second * 3 + t.Third));

    private static IEnumerable<int> Zip3InputsModel(List<int> l, OpArgs a) =>
        l.Zip(a.Other, a.Other.Select(a.G)).Select(t => t.First * 9 + t.Second * 3 + t.Third);

    private static Iter<int> Zip3InputsOtherSide(Iter<int> s, OpArgs a, Sources c) =>
        c.Src(a.Other).Zip(c.Src(a.Other.Reverse()), s).Map(t => unchecked(t.First * 9 + t.Second * 3 + t.Third));

    private static IEnumerable<int> Zip3InputsOtherSideModel(List<int> l, OpArgs a) =>
        a.Other.Zip(a.Other.Reverse(), l).Select(t => t.First * 9 + t.Second * 3 + t.Third);

    private static Iter<int> ZipLongest(Iter<int> s, OpArgs a, Sources c) =>
        s.ZipLongest(c.Src(a.Other), -100, 100).Map(t => TableModels.Pair(t.First, t.Second));

    private static IEnumerable<int> ZipLongestModel(List<int> l, OpArgs a) =>
        TableModels.ZipLongest(l, a.Other, -100, 100).Select(t => TableModels.Pair(t.Item1, t.Item2));

    private static Iter<int> ZipLongestOtherSide(Iter<int> s, OpArgs a, Sources c) =>
        c.Src(a.Other).ZipLongest(s, 5, -5).Map(t => TableModels.Pair(t.First, t.Second));

    private static IEnumerable<int> ZipLongestOtherSideModel(List<int> l, OpArgs a) =>
        TableModels.ZipLongest(a.Other, l, 5, -5).Select(t => TableModels.Pair(t.Item1, t.Item2));

    private static Iter<int> ZipStrictSelectorAnyLengths(Iter<int> s, OpArgs a, Sources c) =>
        new MismatchAsValue(s.ZipStrict(c.Src(a.Other), (x, y) => unchecked(x * 3 - y)));

    private static IEnumerable<int> ZipStrictSelectorAnyLengthsModel(List<int> l, OpArgs a) =>
        l.Zip(a.Other, (x, y) => x * 3 - y).Concat(l.Count == a.Other.Length ? [] : [TableModels.Mismatch]);

    private static Iter<int> ZipStrictTuplesOtherSide(Iter<int> s, OpArgs a, Sources c) =>
        new MismatchAsValue(c.Src(a.Other).ZipStrict(s).Map(t => TableModels.Pair(t.First, t.Second)));

    private static IEnumerable<int> ZipStrictTuplesOtherSideModel(List<int> l, OpArgs a) =>
        a.Other.Zip(l, TableModels.Pair).Concat(l.Count == a.Other.Length ? [] : [TableModels.Mismatch]);

    private static Iter<int> ZipStrictEqualLengthsViaTee(Iter<int> s, OpArgs a, Sources c)
    {
        var t = s.Tee(2);
        return t[0].ZipStrict(t[1].Map(a.F)).Map(p => TableModels.Pair(p.First, p.Second));
    }

    private static IEnumerable<int> ZipStrictEqualLengthsViaTeeModel(List<int> l, OpArgs a) =>
        l.Select(x => TableModels.Pair(x, a.F(x)));

    private static Iter<int> Compress(Iter<int> s, OpArgs a, Sources c) => s.Compress(c.Src(a.Other).Map(a.P));

    private static IEnumerable<int> CompressModel(List<int> l, OpArgs a) =>
        l.Zip(a.Other).Where(t => a.P(t.Second)).Select(t => t.First);

    private static int? CompressPulls(int k, OpArgs a) => a.Other.Length + 1;

    private static Iter<int> SkipInt(Iter<int> s, OpArgs a, Sources c) => s.Skip(a.N);

    private static IEnumerable<int> SkipIntModel(List<int> l, OpArgs a) => l.Skip(a.N);

    private static int? SkipIntPulls(int k, OpArgs a) => a.N + k;

    private static Iter<int> SkipLong(Iter<int> s, OpArgs a, Sources c) => s.Skip((long)a.M);

    private static IEnumerable<int> SkipLongModel(List<int> l, OpArgs a) => l.Skip(a.M);

    private static int? SkipLongPulls(int k, OpArgs a) => a.M + k;

    private static Iter<int> SliceStartStopStep(Iter<int> s, OpArgs a, Sources c) => s.Slice(a.M, a.N, SliceStep(a));

    private static IEnumerable<int> SliceStartStopStepModel(List<int> l, OpArgs a) =>
        l.Where((_, i) => i >= a.M && i < a.N && (i - a.M) % SliceStep(a) == 0);

    private static int? SliceStartStopStepPulls(int k, OpArgs a) =>
        Math.Min(a.M + k * SliceStep(a), Math.Max(a.M, a.N));

    private static Iter<int> SliceNoStop(Iter<int> s, OpArgs a, Sources c) =>
        s.Slice(a.M, null, 1 + OpArgs.Mod(a.B, 4));

    private static IEnumerable<int> SliceNoStopModel(List<int> l, OpArgs a) =>
        l.Where((_, i) => i >= a.M && (i - a.M) % (1 + OpArgs.Mod(a.B, 4)) == 0);

    private static int? SliceNoStopPulls(int k, OpArgs a) => a.M + k * (1 + OpArgs.Mod(a.B, 4));

    private static Iter<int> StepBy(Iter<int> s, OpArgs a, Sources c) => s.StepBy(1 + OpArgs.Mod(a.N, 4));

    private static IEnumerable<int> StepByModel(List<int> l, OpArgs a) =>
        l.Where((_, i) => i % (1 + OpArgs.Mod(a.N, 4)) == 0);

    private static int? StepByPulls(int k, OpArgs a) => k * (1 + OpArgs.Mod(a.N, 4));

    private static Iter<int> TakeWhile(Iter<int> s, OpArgs a, Sources c) => s.TakeWhile(a.P);

    private static IEnumerable<int> TakeWhileModel(List<int> l, OpArgs a) => l.TakeWhile(a.P);

    private static Iter<int> DropWhile(Iter<int> s, OpArgs a, Sources c) => s.DropWhile(a.P);

    private static IEnumerable<int> DropWhileModel(List<int> l, OpArgs a) => l.SkipWhile(a.P);

    private static Iter<int> CycleBoundedByTake(Iter<int> s, OpArgs a, Sources c) => s.Cycle().Take(a.N * 3);

    private static IEnumerable<int> CycleBoundedByTakeModel(List<int> l, OpArgs a) =>
        l.Count == 0 ? [] : Enumerable.Range(0, a.N * 3).Select(i => l[i % l.Count]);

    private static Iter<int> CycleBoundedByTakeWhile(Iter<int> s, OpArgs a, Sources c) =>
        s.Cycle().Enumerate().TakeWhile(t => t.Index < 2 * a.N).Map(t => t.Item);

    private static IEnumerable<int> CycleBoundedByTakeWhileModel(List<int> l, OpArgs a) =>
        l.Count == 0 ? [] : Enumerable.Range(0, 2 * a.N).Select(i => l[i % l.Count]);

    private static Iter<int> Enumerate(Iter<int> s, OpArgs a, Sources c) =>
        s.Enumerate().Map(t => unchecked((int)t.Index * 100 + t.Item));

    private static IEnumerable<int> EnumerateModel(List<int> l, OpArgs a) => l.Select((x, i) => i * 100 + x);

    private static Iter<int> EnumerateStart(Iter<int> s, OpArgs a, Sources c) =>
        s.Enumerate(a.B).Map(t => unchecked((int)t.Index * 100 + t.Item));

    private static IEnumerable<int> EnumerateStartModel(List<int> l, OpArgs a) =>
        l.Select((x, i) => (i + a.B) * 100 + x);

    private static Iter<int> Inspect(Iter<int> s, OpArgs a, Sources c)
    {
        int seen = 0;
        return s.Inspect(_ => seen++).Map(x => unchecked(x * 64 + seen));
    }

    private static IEnumerable<int> InspectModel(List<int> l, OpArgs a) => l.Select((x, i) => x * 64 + i + 1);

    private static Iter<int> Scan(Iter<int> s, OpArgs a, Sources c) =>
        s.Scan(a.B, (acc, x) => unchecked(acc * 2 + a.A * x));

    private static IEnumerable<int> ScanModel(List<int> l, OpArgs a) =>
        TableModels.Scan(l, a.B, (acc, x) => unchecked(acc * 2 + a.A * x));

    private static Iter<int> ScanToLong(Iter<int> s, OpArgs a, Sources c) =>
        s.Scan((long)a.B, (acc, x) => acc - x).Map(y => (int)y);

    private static IEnumerable<int> ScanToLongModel(List<int> l, OpArgs a) =>
        TableModels.Scan(l, a.B, (acc, x) => acc - x);

    private static Iter<int> Accumulate(Iter<int> s, OpArgs a, Sources c) =>
        s.Accumulate((t, x) => unchecked(t * a.A + x));

    private static IEnumerable<int> AccumulateModel(List<int> l, OpArgs a) =>
        TableModels.Accumulate(l, (t, x) => unchecked(t * a.A + x));

    private static Iter<int> AccumulateInitial(Iter<int> s, OpArgs a, Sources c) =>
        s.Accumulate((acc, x) => unchecked(acc * 3 - x), a.B);

    private static IEnumerable<int> AccumulateInitialModel(List<int> l, OpArgs a) =>
        new[] { a.B }.Concat(TableModels.Scan(l, a.B, (acc, x) => unchecked(acc * 3 - x)));

    private static Iter<int> Distinct(Iter<int> s, OpArgs a, Sources c) => s.Distinct();

    private static IEnumerable<int> DistinctModel(List<int> l, OpArgs a) => TableModels.Distinct(l);

    private static Iter<int> DistinctComparer(Iter<int> s, OpArgs a, Sources c) => s.Distinct(new ModComparer(a.M + 2));

    private static IEnumerable<int> DistinctComparerModel(List<int> l, OpArgs a) =>
        l.Where((x, i) => !l.Take(i).Any(y => OpArgs.Mod(y, a.M + 2) == OpArgs.Mod(x, a.M + 2)));

    private static Iter<int> Pairwise(Iter<int> s, OpArgs a, Sources c) =>
        s.Pairwise().Map(t => TableModels.Pair(t.Item1, t.Item2));

    private static IEnumerable<int> PairwiseModel(List<int> l, OpArgs a) => l.Zip(l.Skip(1), TableModels.Pair);

    private static Iter<int> Window(Iter<int> s, OpArgs a, Sources c) =>
        s.Window(1 + OpArgs.Mod(a.N, 5)).Map(TableModels.Hash);

    private static IEnumerable<int> WindowModel(List<int> l, OpArgs a) =>
        TableModels.Windows(l, 1 + OpArgs.Mod(a.N, 5)).Select(TableModels.Hash);

    private static int? WindowPulls(int k, OpArgs a) => 1 + OpArgs.Mod(a.N, 5) + k - 1;

    private static Iter<int> Batch(Iter<int> s, OpArgs a, Sources c) => s.Batch(a.N + 1).Map(TableModels.Hash);

    private static IEnumerable<int> BatchModel(List<int> l, OpArgs a) => l.Chunk(a.N + 1).Select(TableModels.Hash);

    private static int? BatchPulls(int k, OpArgs a) => (k + 1) * (a.N + 1) - 1;

    private static Iter<int> BatchStrict(Iter<int> s, OpArgs a, Sources c) =>
        new MismatchAsValue(s.Batch(1 + OpArgs.Mod(a.N, 3), strict: true).Map(TableModels.Hash));

    private static IEnumerable<int> BatchStrictModel(List<int> l, OpArgs a) =>
        l.Chunk(1 + OpArgs.Mod(a.N, 3))
            .Select(b => b.Length == 1 + OpArgs.Mod(a.N, 3) ? TableModels.Hash(b) : TableModels.Mismatch);

    private static int? BatchStrictPulls(int k, OpArgs a) => (k + 1) * (1 + OpArgs.Mod(a.N, 3)) - 1;

    private static Iter<int> GroupAdjacentKeyAndCount(Iter<int> s, OpArgs a, Sources c) =>
        s.GroupAdjacent(x => OpArgs.Mod(x, a.M + 2)).Map(g => g.Key * 1000 + (int)g.Elements.Count());

    private static IEnumerable<int> GroupAdjacentKeyAndCountModel(List<int> l, OpArgs a) =>
        TableModels.Runs(l, x => OpArgs.Mod(x, a.M + 2)).Select(r => r.Key * 1000 + r.Items.Count);

    private static Iter<int> GroupAdjacentKeysOnlyGroupsSkipped(Iter<int> s, OpArgs a, Sources c) =>
        s.GroupAdjacent(x => OpArgs.Mod(x, a.M + 2)).Map(g => g.Key);

    private static IEnumerable<int> GroupAdjacentKeysOnlyGroupsSkippedModel(List<int> l, OpArgs a) =>
        TableModels.Runs(l, x => OpArgs.Mod(x, a.M + 2)).Select(r => r.Key);

    private static Iter<int> GroupAdjacentFirstOfEachGroup(Iter<int> s, OpArgs a, Sources c) =>
        s.GroupAdjacent(x => x > a.B).Map(g => g.Elements.Next());

    private static IEnumerable<int> GroupAdjacentFirstOfEachGroupModel(List<int> l, OpArgs a) =>
        TableModels.Runs(l, x => x > a.B ? 1 : 0).Select(r => r.Items[0]);

    private static Iter<int> GroupAdjacentFlattened(Iter<int> s, OpArgs a, Sources c) =>
        s.GroupAdjacent(x => OpArgs.Mod(x, a.M + 2)).FlatMap(g => g.Elements);

    private static IEnumerable<int> GroupAdjacentFlattenedModel(List<int> l, OpArgs a) => l;

    private static Iter<int> ChainManyIters(Iter<int> s, OpArgs a, Sources c)
    {
        var inner = c.Later();
        return s.Map(x => inner(a.Inner(x))).ChainMany();
    }

    private static IEnumerable<int> ChainManyItersModel(List<int> l, OpArgs a) => l.SelectMany(a.Inner);

    private static Iter<int> ChainManyEnumerables(Iter<int> s, OpArgs a, Sources c) =>
        s.Map(x => (IEnumerable<int>)a.Inner(x).ToList()).ChainMany();

    private static IEnumerable<int> ChainManyEnumerablesModel(List<int> l, OpArgs a) => l.SelectMany(a.Inner);

    private static Iter<int> ChainManyArrays(Iter<int> s, OpArgs a, Sources c) => s.Map(a.Inner).ChainMany();

    private static IEnumerable<int> ChainManyArraysModel(List<int> l, OpArgs a) => l.SelectMany(a.Inner);

    private static Iter<int> PermutationsRPoolOf6(Iter<int> s, OpArgs a, Sources c) =>
        s.Take(6).Permutations(OpArgs.Mod(a.N, 4)).Map(TableModels.Hash);

    private static IEnumerable<int> PermutationsRPoolOf6Model(List<int> l, OpArgs a) =>
        TableModels.Permutations(l.Take(6).ToList(), OpArgs.Mod(a.N, 4)).Select(TableModels.Hash);

    private static int? PermutationsRPoolOf6Pulls(int k, OpArgs a) => 6;

    private static Iter<int> PermutationsAllPoolOf5(Iter<int> s, OpArgs a, Sources c) =>
        s.Take(5).Permutations().Map(TableModels.Hash);

    private static IEnumerable<int> PermutationsAllPoolOf5Model(List<int> l, OpArgs a) =>
        TableModels.Permutations(l.Take(5).ToList(), Math.Min(5, l.Count)).Select(TableModels.Hash);

    private static int? PermutationsAllPoolOf5Pulls(int k, OpArgs a) => 5;

    private static Iter<int> CombinationsPoolOf6(Iter<int> s, OpArgs a, Sources c) =>
        s.Take(6).Combinations(OpArgs.Mod(a.N, 5)).Map(TableModels.Hash);

    private static IEnumerable<int> CombinationsPoolOf6Model(List<int> l, OpArgs a) =>
        TableModels.Combinations(l.Take(6).ToList(), OpArgs.Mod(a.N, 5)).Select(TableModels.Hash);

    private static int? CombinationsPoolOf6Pulls(int k, OpArgs a) => 6;

    private static Iter<int> CombinationsWithReplacementPoolOf6(Iter<int> s, OpArgs a, Sources c) =>
        s.Take(6).CombinationsWithReplacement(OpArgs.Mod(a.N, 4)).Map(TableModels.Hash);

    private static IEnumerable<int> CombinationsWithReplacementPoolOf6Model(List<int> l, OpArgs a) =>
        TableModels.CombinationsWithReplacement(l.Take(6).ToList(), OpArgs.Mod(a.N, 4)).Select(TableModels.Hash);

    private static int? CombinationsWithReplacementPoolOf6Pulls(int k, OpArgs a) => 6;

    private static Iter<int> ProductRepeatPoolOf5(Iter<int> s, OpArgs a, Sources c) =>
        s.Take(5).Product(OpArgs.Mod(a.N, 3)).Map(TableModels.Hash);

    private static IEnumerable<int> ProductRepeatPoolOf5Model(List<int> l, OpArgs a) =>
        TableModels.ProductRepeat(l.Take(5).ToList(), OpArgs.Mod(a.N, 3)).Select(TableModels.Hash);

    private static int? ProductRepeatPoolOf5Pulls(int k, OpArgs a) => 5;

    private static Iter<int> ProductTwoInputsOf6(Iter<int> s, OpArgs a, Sources c) =>
        s.Take(6).Product(c.Src(a.Other.Take(6))).Map(t => TableModels.Pair(t.First, t.Second));

    private static IEnumerable<int> ProductTwoInputsOf6Model(List<int> l, OpArgs a) =>
        l.Take(6).SelectMany(x => a.Other.Take(6), TableModels.Pair);

    private static int? ProductTwoInputsOf6Pulls(int k, OpArgs a) => 6;

    private static Iter<int> TeeFirstCopyOthersDisposed(Iter<int> s, OpArgs a, Sources c)
    {
        var t = s.Tee(3);
        t[1].Dispose();
        t[2].Dispose();
        return t[0];
    }

    private static IEnumerable<int> TeeFirstCopyOthersDisposedModel(List<int> l, OpArgs a) => l;

    private static Iter<int> TeeFirstCopyThenSecond(Iter<int> s, OpArgs a, Sources c)
    {
        var t = s.Tee(2);
        return t[0].Chain(t[1]);
    }

    private static IEnumerable<int> TeeFirstCopyThenSecondModel(List<int> l, OpArgs a) => l.Concat(l);

    private static Iter<int> TeeCopiesInterleaved(Iter<int> s, OpArgs a, Sources c)
    {
        var t = s.Tee(2);
        return Streams.Pull.Interleave(t[0], t[1].Map(a.F));
    }

    private static IEnumerable<int> TeeCopiesInterleavedModel(List<int> l, OpArgs a) =>
        l.SelectMany(x => new[] { x, a.F(x) });

    private static int? TeeCopiesInterleavedPulls(int k, OpArgs a) => (k + 1) / 2;

    private static Iter<int> TeeLaggingCopyZipped(Iter<int> s, OpArgs a, Sources c)
    {
        var t = s.Tee(2);
        return t[0].Skip(1).Zip(t[1], TableModels.Pair);
    }

    private static IEnumerable<int> TeeLaggingCopyZippedModel(List<int> l, OpArgs a) =>
        l.Skip(1).Zip(l, TableModels.Pair);

    private static Iter<int> Peekable(Iter<int> s, OpArgs a, Sources c) => s.Peekable();

    private static IEnumerable<int> PeekableModel(List<int> l, OpArgs a) => l;

    private static Iter<int> PeekablePeekThenPull(Iter<int> s, OpArgs a, Sources c) => new PeekThenPull(s.Peekable());

    private static IEnumerable<int> PeekablePeekThenPullModel(List<int> l, OpArgs a) => l;

    private static Iter<int> PeekableNextIf(Iter<int> s, OpArgs a, Sources c) => new NextIfSplit(s.Peekable(), a.P);

    private static IEnumerable<int> PeekableNextIfModel(List<int> l, OpArgs a) =>
        l.Select(x => a.P(x) ? x * 2 : x * 2 + 1);
}
