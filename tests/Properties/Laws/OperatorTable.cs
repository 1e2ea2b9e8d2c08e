// HOW TO REGISTER AN OPERATOR (one line in Entries below; the completeness test fails until you do):
//   Op("Name", "variant or empty",
//      build: (src, a, c) => src.Name(...args from a...),      // an Iter<int> -> Iter<int>; project other element types back to int
//      model: (list, a) => ...LINQ/list code on List<int>...,   // the oracle
//      maxPulls: (k, a) => ...,                                 // most upstream elements it may pull to give k outputs; null = no bound
//      borrows: false)                                          // true only for ByRef-like operators that do not own their upstream
// Arguments come from OpArgs: N (0..12), functions F/G (int -> int), predicates P/Q, Inner(x) (0..2 elements),
// Other (a second input; make it a source with c.Src(a.Other) so its pulls and releases are counted; sources made
// later, like FlatMap inners, use c.Later()). Every law in OperatorLawTests then runs over the entry, and the random
// pipelines start drawing it.

namespace Streams.Tests.Laws;

/// <summary>A registered operator: how to build it on an Iter&lt;int&gt;, its list model, laziness contract and ownership.</summary>
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
        Func<List<int>, OpArgs, IEnumerable<int>> model, Func<int, OpArgs, int?>? maxPulls = null, bool borrows = false) =>
        new(name, variant, build, model, maxPulls ?? Unbounded, borrows);

    /// <summary>The primary source with no operator: runs every law over each source shape's own paths (its fold,
    /// its count capability, the vectorised terminals Sum and Count take when nothing stands between them and it).
    /// Not an operator of Pull, so the completeness test leaves it out.</summary>
    public static readonly OpEntry SourceItself = Op("Source", "itself", Itself, Unchanged, OnePerOutput);

    public static readonly IReadOnlyList<OpEntry> Entries =
    [
        SourceItself,
        Op("Map", "", (s, a, c) => s.Map(a.F), (l, a) => l.Select(a.F), (k, _) => k),
        Op("Map", "via long", (s, a, c) => s.Map(x => (long)x * a.A).Map(y => (int)(y - a.B)), (l, a) => l.Select(x => x * a.A - a.B), (k, _) => k),
        // The fused variants (Map.cs, Filter.cs): two stages built as one.
        Op("Map", "then Map, fused", MapThenMap, MapThenMapModel, (k, _) => k),
        Op("Filter", "then Filter, fused", FilterThenFilter, FilterThenFilterModel),
        Op("Filter", "then Map, fused", FilterThenMap, FilterThenMapModel),
        Op("Filter", "", (s, a, c) => s.Filter(a.P), (l, a) => l.Where(a.P)),
        Op("FilterFalse", "", (s, a, c) => s.FilterFalse(a.P), (l, a) => l.Where(x => !a.P(x))),
        Op("Take", "int", (s, a, c) => s.Take(a.N), (l, a) => l.Take(a.N), (k, _) => k),
        Op("Take", "long", (s, a, c) => s.Take((long)a.N), (l, a) => l.Take(a.N), (k, _) => k),
        Op("Chain", "", (s, a, c) => s.Chain(c.Src(a.Other)), (l, a) => l.Concat(a.Other), (k, _) => k),
        Op("Chain", "3 parts", (s, a, c) => s.Chain(c.Src(a.Other), c.Src(a.Other.Reverse())), (l, a) => l.Concat(a.Other).Concat(a.Other.Reverse()), (k, _) => k),
        Op("Chain", "empty first", (s, a, c) => c.Src([]).Chain(s), (l, a) => l, (k, _) => k),
        Op("FlatMap", "", (s, a, c) => { var inner = c.Later(); return s.FlatMap(x => inner(a.Inner(x))); }, (l, a) => l.SelectMany(a.Inner)),
        Op("Zip", "selector", (s, a, c) => s.Zip(c.Src(a.Other), (x, y) => unchecked(x * 3 + y)), (l, a) => l.Zip(a.Other, (x, y) => x * 3 + y), (k, _) => k + 1),
        Op("Zip", "tuples", (s, a, c) => s.Zip(c.Src(a.Other)).Map(t => t.First - t.Second), (l, a) => l.Zip(a.Other, (x, y) => x - y), (k, _) => k + 1),
        Op("Zip", "other side", (s, a, c) => c.Src(a.Other).Zip(s, (x, y) => x - y), (l, a) => a.Other.Zip(l, (x, y) => x - y), (k, _) => k),
        // Both sides memory-backed (with an array or list primary): Zip's fold runs one loop over the two spans.
        Op("Zip", "array second side", ZipWithArray, ZipModel, (k, _) => k + 1),
        Op("ByRef", "", (s, a, c) => s.ByRef(), (l, a) => l, (k, _) => k, borrows: true),

        // ---- query syntax ----
        Op("Select", "", (s, a, c) => s.Select(a.F), (l, a) => l.Select(a.F), (k, _) => k),
        Op("Where", "", (s, a, c) => s.Where(a.P), (l, a) => l.Where(a.P)),
        Op("SelectMany", "iter", (s, a, c) => { var inner = c.Later(); return s.SelectMany(x => inner(a.Inner(x))); }, (l, a) => l.SelectMany(a.Inner)),
        Op("SelectMany", "iter, result", (s, a, c) => { var inner = c.Later(); return s.SelectMany(x => inner(a.Inner(x)), (x, y) => unchecked(x * 3 - y)); },
            (l, a) => l.SelectMany(a.Inner, (x, y) => x * 3 - y)),
        Op("SelectMany", "enumerable, result", (s, a, c) => s.SelectMany(x => (IEnumerable<int>)a.Inner(x), (x, y) => unchecked(x - 2 * y)),
            (l, a) => l.SelectMany(a.Inner, (x, y) => x - 2 * y)),

        // ---- several inputs in lockstep ----
        Op("Map", "2 inputs", (s, a, c) => s.Zip(c.Src(a.Other), (x, y) => unchecked(x * 3 + y)), (l, a) => l.Zip(a.Other, (x, y) => x * 3 + y), (k, _) => k + 1),
        Op("Map", "3 inputs", (s, a, c) => s.Zip(c.Src(a.Other), c.Src(a.Other.Reverse()), (x, y, z) => unchecked(x * 9 + y * 3 + z)),
            (l, a) => l.Zip(a.Other, a.Other.Reverse()).Select(t => t.First * 9 + t.Second * 3 + t.Third), (k, _) => k + 1),
        Op("Zip", "3 inputs", (s, a, c) => s.Zip(c.Src(a.Other), c.Src(a.Other.Select(a.G))).Map(t => unchecked(t.First * 9 + t.Second * 3 + t.Third)),
            (l, a) => l.Zip(a.Other, a.Other.Select(a.G)).Select(t => t.First * 9 + t.Second * 3 + t.Third), (k, _) => k + 1),
        Op("Zip", "3 inputs, other side", (s, a, c) => c.Src(a.Other).Zip(c.Src(a.Other.Reverse()), s).Map(t => unchecked(t.First * 9 + t.Second * 3 + t.Third)),
            (l, a) => a.Other.Zip(a.Other.Reverse(), l).Select(t => t.First * 9 + t.Second * 3 + t.Third), (k, _) => k),
        Op("ZipLongest", "", (s, a, c) => s.ZipLongest(c.Src(a.Other), -100, 100).Map(t => TableModels.Pair(t.First, t.Second)),
            (l, a) => TableModels.ZipLongest(l, a.Other, -100, 100).Select(t => TableModels.Pair(t.Item1, t.Item2)), (k, _) => k),
        Op("ZipLongest", "other side", (s, a, c) => c.Src(a.Other).ZipLongest(s, 5, -5).Map(t => TableModels.Pair(t.First, t.Second)),
            (l, a) => TableModels.ZipLongest(a.Other, l, 5, -5).Select(t => TableModels.Pair(t.Item1, t.Item2)), (k, _) => k),
        Op("ZipStrict", "selector, any lengths", (s, a, c) => new MismatchAsValue(s.ZipStrict(c.Src(a.Other), (x, y) => unchecked(x * 3 - y))),
            (l, a) => l.Zip(a.Other, (x, y) => x * 3 - y).Concat(l.Count == a.Other.Length ? [] : [TableModels.Mismatch]), (k, _) => k + 1),
        Op("ZipStrict", "tuples, other side", (s, a, c) => new MismatchAsValue(c.Src(a.Other).ZipStrict(s).Map(t => TableModels.Pair(t.First, t.Second))),
            (l, a) => a.Other.Zip(l, TableModels.Pair).Concat(l.Count == a.Other.Length ? [] : [TableModels.Mismatch]), (k, _) => k + 1),
        Op("ZipStrict", "equal lengths via Tee", (s, a, c) => { var t = s.Tee(2); return t[0].ZipStrict(t[1].Map(a.F)).Map(p => TableModels.Pair(p.First, p.Second)); },
            (l, a) => l.Select(x => TableModels.Pair(x, a.F(x))), (k, _) => k + 1),
        Op("Compress", "", (s, a, c) => s.Compress(c.Src(a.Other).Map(a.P)), (l, a) => l.Zip(a.Other).Where(t => a.P(t.Second)).Select(t => t.First),
            (k, a) => a.Other.Length + 1),

        // ---- positions ----
        Op("Skip", "int", (s, a, c) => s.Skip(a.N), (l, a) => l.Skip(a.N), (k, a) => a.N + k),
        Op("Skip", "long", (s, a, c) => s.Skip((long)a.M), (l, a) => l.Skip(a.M), (k, a) => a.M + k),
        // islice pulls positions up to the next one it produces (the one after the k-th when it finds the end), never past max(start, stop).
        Op("Slice", "start, stop, step", (s, a, c) => s.Slice(a.M, a.N, SliceStep(a)),
            (l, a) => l.Where((_, i) => i >= a.M && i < a.N && (i - a.M) % SliceStep(a) == 0), (k, a) => Math.Min(a.M + k * SliceStep(a), Math.Max(a.M, a.N))),
        Op("Slice", "no stop", (s, a, c) => s.Slice(a.M, null, 1 + OpArgs.Mod(a.B, 4)),
            (l, a) => l.Where((_, i) => i >= a.M && (i - a.M) % (1 + OpArgs.Mod(a.B, 4)) == 0), (k, a) => a.M + k * (1 + OpArgs.Mod(a.B, 4))),
        Op("StepBy", "", (s, a, c) => s.StepBy(1 + OpArgs.Mod(a.N, 4)), (l, a) => l.Where((_, i) => i % (1 + OpArgs.Mod(a.N, 4)) == 0), (k, a) => k * (1 + OpArgs.Mod(a.N, 4))),
        Op("TakeWhile", "", (s, a, c) => s.TakeWhile(a.P), (l, a) => l.TakeWhile(a.P), (k, _) => k + 1),
        Op("DropWhile", "", (s, a, c) => s.DropWhile(a.P), (l, a) => l.SkipWhile(a.P)),
        Op("Cycle", "bounded by Take", (s, a, c) => s.Cycle().Take(a.N * 3), (l, a) => l.Count == 0 ? [] : Enumerable.Range(0, a.N * 3).Select(i => l[i % l.Count]), (k, _) => k),
        Op("Cycle", "bounded by TakeWhile", (s, a, c) => s.Cycle().Enumerate().TakeWhile(t => t.Index < 2 * a.N).Map(t => t.Item),
            (l, a) => l.Count == 0 ? [] : Enumerable.Range(0, 2 * a.N).Select(i => l[i % l.Count]), (k, _) => k + 1),

        // ---- running state ----
        Op("Enumerate", "", (s, a, c) => s.Enumerate().Map(t => unchecked((int)t.Index * 100 + t.Item)), (l, a) => l.Select((x, i) => i * 100 + x), (k, _) => k),
        Op("Enumerate", "start", (s, a, c) => s.Enumerate(a.B).Map(t => unchecked((int)t.Index * 100 + t.Item)), (l, a) => l.Select((x, i) => (i + a.B) * 100 + x), (k, _) => k),
        Op("Inspect", "", (s, a, c) => { int seen = 0; return s.Inspect(_ => seen++).Map(x => unchecked(x * 64 + seen)); }, (l, a) => l.Select((x, i) => x * 64 + i + 1), (k, _) => k),
        Op("Scan", "", (s, a, c) => s.Scan(a.B, (acc, x) => unchecked(acc * 2 + a.A * x)), (l, a) => TableModels.Scan(l, a.B, (acc, x) => unchecked(acc * 2 + a.A * x)), (k, _) => k),
        Op("Scan", "to long", (s, a, c) => s.Scan((long)a.B, (acc, x) => acc - x).Map(y => (int)y), (l, a) => TableModels.Scan(l, a.B, (acc, x) => acc - x), (k, _) => k),
        Op("Accumulate", "", (s, a, c) => s.Accumulate((t, x) => unchecked(t * a.A + x)), (l, a) => TableModels.Accumulate(l, (t, x) => unchecked(t * a.A + x)), (k, _) => k),
        Op("Accumulate", "initial", (s, a, c) => s.Accumulate((acc, x) => unchecked(acc * 3 - x), a.B),
            (l, a) => new[] { a.B }.Concat(TableModels.Scan(l, a.B, (acc, x) => unchecked(acc * 3 - x))), (k, _) => k),
        Op("Distinct", "", (s, a, c) => s.Distinct(), (l, a) => TableModels.Distinct(l)),
        Op("Distinct", "comparer", (s, a, c) => s.Distinct(new ModComparer(a.M + 2)), (l, a) => l.Where((x, i) => !l.Take(i).Any(y => OpArgs.Mod(y, a.M + 2) == OpArgs.Mod(x, a.M + 2)))),

        // ---- groups of neighbours (projected back to int) ----
        Op("Pairwise", "", (s, a, c) => s.Pairwise().Map(t => TableModels.Pair(t.Item1, t.Item2)), (l, a) => l.Zip(l.Skip(1), TableModels.Pair), (k, _) => k + 1),
        Op("Window", "", (s, a, c) => s.Window(1 + OpArgs.Mod(a.N, 5)).Map(TableModels.Hash),
            (l, a) => TableModels.Windows(l, 1 + OpArgs.Mod(a.N, 5)).Select(TableModels.Hash), (k, a) => 1 + OpArgs.Mod(a.N, 5) + k - 1),
        // A batch being filled when the source throws is lost (as in Python), so k outputs may cost up to size - 1 more pulls.
        Op("Batch", "", (s, a, c) => s.Batch(a.N + 1).Map(TableModels.Hash), (l, a) => l.Chunk(a.N + 1).Select(TableModels.Hash), (k, a) => (k + 1) * (a.N + 1) - 1),
        Op("Batch", "strict", (s, a, c) => new MismatchAsValue(s.Batch(1 + OpArgs.Mod(a.N, 3), strict: true).Map(TableModels.Hash)),
            (l, a) => l.Chunk(1 + OpArgs.Mod(a.N, 3)).Select(b => b.Length == 1 + OpArgs.Mod(a.N, 3) ? TableModels.Hash(b) : TableModels.Mismatch), (k, a) => (k + 1) * (1 + OpArgs.Mod(a.N, 3)) - 1),
        Op("GroupAdjacent", "key and count", (s, a, c) => s.GroupAdjacent(x => OpArgs.Mod(x, a.M + 2)).Map(g => g.Key * 1000 + (int)g.Elements.Count()),
            (l, a) => TableModels.Runs(l, x => OpArgs.Mod(x, a.M + 2)).Select(r => r.Key * 1000 + r.Items.Count)),
        Op("GroupAdjacent", "keys only, groups skipped", (s, a, c) => s.GroupAdjacent(x => OpArgs.Mod(x, a.M + 2)).Map(g => g.Key),
            (l, a) => TableModels.Runs(l, x => OpArgs.Mod(x, a.M + 2)).Select(r => r.Key)),
        Op("GroupAdjacent", "first of each group", (s, a, c) => s.GroupAdjacent(x => x > a.B).Map(g => g.Elements.Next()),
            (l, a) => TableModels.Runs(l, x => x > a.B ? 1 : 0).Select(r => r.Items[0])),
        Op("GroupAdjacent", "flattened", (s, a, c) => s.GroupAdjacent(x => OpArgs.Mod(x, a.M + 2)).FlatMap(g => g.Elements), (l, a) => l),

        // ---- flattening ----
        Op("ChainMany", "iters", (s, a, c) => { var inner = c.Later(); return s.Map(x => inner(a.Inner(x))).ChainMany(); }, (l, a) => l.SelectMany(a.Inner)),
        Op("ChainMany", "enumerables", (s, a, c) => s.Map(x => (IEnumerable<int>)a.Inner(x).ToList()).ChainMany(), (l, a) => l.SelectMany(a.Inner)),
        Op("ChainMany", "arrays", (s, a, c) => s.Map(a.Inner).ChainMany(), (l, a) => l.SelectMany(a.Inner)),

        // ---- combinatorics: they read their whole pool, so the pool is capped with Take (the bound is the cap) ----
        Op("Permutations", "r, pool of 6", (s, a, c) => s.Take(6).Permutations(OpArgs.Mod(a.N, 4)).Map(TableModels.Hash),
            (l, a) => TableModels.Permutations(l.Take(6).ToList(), OpArgs.Mod(a.N, 4)).Select(TableModels.Hash), (k, _) => 6),
        Op("Permutations", "all, pool of 5", (s, a, c) => s.Take(5).Permutations().Map(TableModels.Hash),
            (l, a) => TableModels.Permutations(l.Take(5).ToList(), Math.Min(5, l.Count)).Select(TableModels.Hash), (k, _) => 5),
        Op("Combinations", "pool of 6", (s, a, c) => s.Take(6).Combinations(OpArgs.Mod(a.N, 5)).Map(TableModels.Hash),
            (l, a) => TableModels.Combinations(l.Take(6).ToList(), OpArgs.Mod(a.N, 5)).Select(TableModels.Hash), (k, _) => 6),
        Op("CombinationsWithReplacement", "pool of 6", (s, a, c) => s.Take(6).CombinationsWithReplacement(OpArgs.Mod(a.N, 4)).Map(TableModels.Hash),
            (l, a) => TableModels.CombinationsWithReplacement(l.Take(6).ToList(), OpArgs.Mod(a.N, 4)).Select(TableModels.Hash), (k, _) => 6),
        Op("Product", "repeat, pool of 5", (s, a, c) => s.Take(5).Product(OpArgs.Mod(a.N, 3)).Map(TableModels.Hash),
            (l, a) => TableModels.ProductRepeat(l.Take(5).ToList(), OpArgs.Mod(a.N, 3)).Select(TableModels.Hash), (k, _) => 5),
        Op("Product", "two inputs of 6", (s, a, c) => s.Take(6).Product(c.Src(a.Other.Take(6))).Map(t => TableModels.Pair(t.First, t.Second)),
            (l, a) => l.Take(6).SelectMany(x => a.Other.Take(6), TableModels.Pair), (k, _) => 6),

        // ---- sharing: Tee's copies and Peekable ----
        Op("Tee", "first copy, others disposed", (s, a, c) => { var t = s.Tee(3); t[1].Dispose(); t[2].Dispose(); return t[0]; }, (l, a) => l, (k, _) => k),
        Op("Tee", "first copy then second", (s, a, c) => { var t = s.Tee(2); return t[0].Chain(t[1]); }, (l, a) => l.Concat(l), (k, _) => k),
        Op("Tee", "copies interleaved", (s, a, c) => { var t = s.Tee(2); return Streams.Pull.Interleave(t[0], t[1].Map(a.F)); },
            (l, a) => l.SelectMany(x => new[] { x, a.F(x) }), (k, _) => (k + 1) / 2),
        Op("Tee", "lagging copy zipped", (s, a, c) => { var t = s.Tee(2); return t[0].Skip(1).Zip(t[1], TableModels.Pair); },
            (l, a) => l.Skip(1).Zip(l, TableModels.Pair), (k, _) => k + 1),
        Op("Peekable", "", (s, a, c) => s.Peekable(), (l, a) => l, (k, _) => k),
        Op("Peekable", "peek then pull", (s, a, c) => new PeekThenPull(s.Peekable()), (l, a) => l, (k, _) => k),
        Op("Peekable", "NextIf", (s, a, c) => new NextIfSplit(s.Peekable(), a.P), (l, a) => l.Select(x => a.P(x) ? x * 2 : x * 2 + 1), (k, _) => k),

        // ---- LINQ-named operators and Python staples: their own file ----
        .. LinqOperatorTable.Entries,
    ];

    /// <summary>Sources: every public static method of Pull that builds an Iter&lt;&gt; from something else, with a law-kit check.</summary>
    public static readonly IReadOnlyDictionary<string, Action<int>> SourceChecks = new Dictionary<string, Action<int>>
    {
        ["From"] = n => { Kit(() => Streams.Pull.From(Enumerable.Range(0, n).ToArray())); Kit(() => Streams.Pull.From(Enumerable.Range(0, n).ToList())); Kit(() => Streams.Pull.From(Enumerable.Range(0, n + 2).ToArray().AsMemory(1, n))); Kit(() => Streams.Pull.From(System.Collections.Immutable.ImmutableArray.CreateRange(Enumerable.Range(0, n)))); },
        ["Of"] = n => Kit(() => Streams.Pull.Of(n, n + 1, n + 2)),
        ["Range"] = n => { Kit(() => Streams.Pull.Range(-n, n)); Kit(() => Streams.Pull.Range(n, -n, -3)); Kit(() => Streams.Pull.Range((long)-n, n)); Kit(() => Streams.Pull.Range((System.Numerics.BigInteger)n, -n, -2)); },
        ["CountFrom"] = n => { Kit(() => Streams.Pull.CountFrom((long)n, 2L)); Kit(() => Streams.Pull.CountFrom(n)); },
        ["Positives"] = _ => { Kit(() => Streams.Pull.Positives()); Kit(() => Streams.Pull.Positives<int>()); Kit(() => Streams.Pull.Positives<double>()); },
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
            Kit(() => { var array = Enumerable.Range(0, n).ToArray(); return Streams.Pull.FromIndexer(i => array[i]); });
            Kit(() => { var list = Enumerable.Range(0, n).ToList(); return Streams.Pull.FromIndexer(i => list[(int)i]); });
        },
        ["Defer"] = n => { Kit(() => Streams.Pull.Defer(() => Streams.Pull.Range(0, n))); Kit(() => Streams.Pull.Defer(() => Enumerable.Range(0, n))); },
        ["Interleave"] = n =>
        {
            Kit(() => Streams.Pull.Interleave(Streams.Pull.Range(0L, n), Streams.Pull.Of(-1L), Streams.Pull.Empty<long>(), Streams.Pull.Range(10L, 10 + 2 * n)));
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

    private static int? OnePerOutput(int outputs, OpArgs a) => outputs;

    private static int SliceStep(OpArgs a) => 1 + OpArgs.Mod(a.A, 3);

    private static void Kit<T>(Func<Iter<T>> factory) => Streams.Laws.IteratorLaws.Check(factory, new() { MaxElements = 24, RandomSplits = 8 });

    public static OpEntry Find(string key) => Entries.Single(e => e.ToString() == key);
}
