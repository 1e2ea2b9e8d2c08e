// The LINQ-named operators (src/Pull/Linq) and the Python staples, registered like OperatorTable's entries (same
// format, same laws). The model is System.Linq itself on the list, so these entries are also differential checks.
// Buffering operators have no pull bound (null); streaming ones give LINQ's.

namespace Streams.Tests.Laws;

public static class LinqOperatorTable
{
    private static int Key(int x, OpArgs a) => OpArgs.Mod(x, a.M + 2);

    private static int Small(OpArgs a) => OpArgs.Mod(a.N, 5);

    private static Range RangeOf(OpArgs a) => OpArgs.Mod(a.A, 4) switch
    {
        0 => Small(a)..(Small(a) + OpArgs.Mod(a.B, 4)),
        1 => ^Small(a)..,
        2 => Small(a)..^OpArgs.Mod(a.B, 3),
        _ => ^(Small(a) + 2)..^OpArgs.Mod(a.B, 3),
    };

    private static IEnumerable<int> RoundRobin(List<int> l, int[] other)
    {
        for (int i = 0; i < Math.Max(l.Count, other.Length); i++)
        {
            if (i < l.Count) yield return l[i];
            if (i < other.Length) yield return other[i];
        }
    }

    public static readonly IReadOnlyList<OpEntry> Entries =
    [
        // ---- concatenation ----
        OperatorTable.Op("Append", "", Append, AppendModel, OperatorTable.OnePerOutput),
        OperatorTable.Op("Prepend", "", Prepend, PrependModel, PrependPulls),
        OperatorTable.Op("Concat", "iter", ConcatIter, ConcatIterModel, OperatorTable.OnePerOutput),
        OperatorTable.Op("Concat", "list", ConcatList, ConcatListModel, OperatorTable.OnePerOutput),
        OperatorTable.Op("DefaultIfEmpty", "value",
            DefaultIfEmptyValue, DefaultIfEmptyValueModel, OperatorTable.OnePerOutput),
        OperatorTable.Op("DefaultIfEmpty", "", DefaultIfEmpty, DefaultIfEmptyModel, OperatorTable.OnePerOutput),

        // ---- indexed and LINQ-shaped single-pass operators ----
        OperatorTable.Op("Select", "index", SelectIndex, SelectIndexModel, OperatorTable.OnePerOutput),
        OperatorTable.Op("Where", "index", WhereIndex, WhereIndexModel),
        OperatorTable.Op("TakeWhile", "index", TakeWhileIndex, TakeWhileIndexModel, OperatorTable.OneMoreThanOutputs),
        OperatorTable.Op("SkipWhile", "", SkipWhile, SkipWhileModel),
        OperatorTable.Op("SkipWhile", "index", SkipWhileIndex, SkipWhileIndexModel),
        OperatorTable.Op("Index", "", Index, IndexModel, OperatorTable.OnePerOutput),
        OperatorTable.Op("SelectMany", "enumerable", SelectManyEnumerable, SelectManyEnumerableModel),
        OperatorTable.Op("SelectMany", "index", SelectManyIndex, SelectManyIndexModel),
        OperatorTable.Op("SelectMany", "index and result", SelectManyIndexAndResult, SelectManyIndexAndResultModel),
        OperatorTable.Op("Zip", "list", ZipList, ZipListModel, OperatorTable.OneMoreThanOutputs),
        OperatorTable.Op("Zip", "3 inputs, selector",
            Zip3InputsSelector, Zip3InputsSelectorModel, OperatorTable.OneMoreThanOutputs),

        // ---- partitioning ----
        OperatorTable.Op("Take", "range", TakeRange, TakeRangeModel),
        OperatorTable.Op("TakeLast", "", TakeLast, TakeLastModel),
        OperatorTable.Op("SkipLast", "", SkipLast, SkipLastModel, SkipLastPulls),
        OperatorTable.Op("Chunk", "", Chunk, ChunkModel, ChunkPulls),

        // ---- sets ----
        OperatorTable.Op("DistinctBy", "", DistinctBy, DistinctByModel),
        OperatorTable.Op("Except", "", Except, ExceptModel),
        OperatorTable.Op("ExceptBy", "", ExceptBy, ExceptByModel),
        OperatorTable.Op("Intersect", "", Intersect, IntersectModel),
        OperatorTable.Op("IntersectBy", "", IntersectBy, IntersectByModel),
        OperatorTable.Op("Union", "", Union, UnionModel),
        OperatorTable.Op("UnionBy", "", UnionBy, UnionByModel),

        // ---- ordering (all buffer) ----
        OperatorTable.Op("Order", "", Order, OrderModel),
        OperatorTable.Op("OrderDescending", "", OrderDescending, OrderDescendingModel),
        OperatorTable.Op("OrderBy", "stable", OrderByStable, OrderByStableModel),
        OperatorTable.Op("OrderByDescending", "stable", OrderByDescendingStable, OrderByDescendingStableModel),
        OperatorTable.Op("ThenBy", "", ThenBy, ThenByModel),
        OperatorTable.Op("ThenByDescending", "", ThenByDescending, ThenByDescendingModel),
        OperatorTable.Op("Reverse", "", Reverse, ReverseModel),
        OperatorTable.Op("Shuffle", "sorted back", ShuffleSortedBack, ShuffleSortedBackModel),

        // ---- grouping and joins (projected back to int) ----
        OperatorTable.Op("GroupBy", "", GroupBy, GroupByModel),
        OperatorTable.Op("GroupBy", "element and result", GroupByElementAndResult, GroupByElementAndResultModel),
        OperatorTable.Op("Join", "", Join, JoinModel),
        OperatorTable.Op("GroupJoin", "", GroupJoin, GroupJoinModel),
        OperatorTable.Op("LeftJoin", "", LeftJoin, LeftJoinModel),
        OperatorTable.Op("RightJoin", "", RightJoin, RightJoinModel),
        OperatorTable.Op("AggregateBy", "", AggregateBy, AggregateByModel),
        OperatorTable.Op("CountBy", "", CountBy, CountByModel),

        // ---- Python staples ----
        OperatorTable.Op("UniqueJustSeen", "", UniqueJustSeen, UniqueJustSeenModel),
        OperatorTable.Op("UniqueJustSeenBy", "", UniqueJustSeenBy, UniqueJustSeenByModel),
        OperatorTable.Op("GroupAdjacentLists", "", GroupAdjacentLists, GroupAdjacentListsModel),
        OperatorTable.Op("Interleave", "extension",
            InterleaveExtension, InterleaveExtensionModel, OperatorTable.OnePerOutput),
        OperatorTable.Op("ZipLongest", "one fill",
            ZipLongestOneFill, ZipLongestOneFillModel, OperatorTable.OnePerOutput),
    ];

    // ---- the entries' functions, in table order ----

    private static Iter<int> Append(Iter<int> s, OpArgs a, Sources c) => s.Append(a.B);

    private static IEnumerable<int> AppendModel(List<int> l, OpArgs a) => l.Append(a.B);

    private static Iter<int> Prepend(Iter<int> s, OpArgs a, Sources c) => s.Prepend(a.B);

    private static IEnumerable<int> PrependModel(List<int> l, OpArgs a) => l.Prepend(a.B);

    private static int? PrependPulls(int k, OpArgs a) => Math.Max(0, k - 1);

    private static Iter<int> ConcatIter(Iter<int> s, OpArgs a, Sources c) => s.Concat(c.Src(a.Other));

    private static IEnumerable<int> ConcatIterModel(List<int> l, OpArgs a) => l.Concat(a.Other);

    private static Iter<int> ConcatList(Iter<int> s, OpArgs a, Sources c) => s.Concat(a.Other.ToList());

    private static IEnumerable<int> ConcatListModel(List<int> l, OpArgs a) => l.Concat(a.Other);

    private static Iter<int> DefaultIfEmptyValue(Iter<int> s, OpArgs a, Sources c) => s.DefaultIfEmpty(a.B);

    private static IEnumerable<int> DefaultIfEmptyValueModel(List<int> l, OpArgs a) => l.DefaultIfEmpty(a.B);

    private static Iter<int> DefaultIfEmpty(Iter<int> s, OpArgs a, Sources c) => s.DefaultIfEmpty();

    private static IEnumerable<int> DefaultIfEmptyModel(List<int> l, OpArgs a) => l.DefaultIfEmpty();

    private static Iter<int> SelectIndex(Iter<int> s, OpArgs a, Sources c) => s.Select((x, i) => unchecked(x * 3 + i));

    private static IEnumerable<int> SelectIndexModel(List<int> l, OpArgs a) => l.Select((x, i) => x * 3 + i);

    private static Iter<int> WhereIndex(Iter<int> s, OpArgs a, Sources c) => s.Where((x, i) => a.P(x) || i % 3 == 0);

    private static IEnumerable<int> WhereIndexModel(List<int> l, OpArgs a) => l.Where((x, i) => a.P(x) || i % 3 == 0);

    private static Iter<int> TakeWhileIndex(Iter<int> s, OpArgs a, Sources c) =>
        s.TakeWhile((x, i) => a.P(x) && i < a.N);

    private static IEnumerable<int> TakeWhileIndexModel(List<int> l, OpArgs a) =>
        l.TakeWhile((x, i) => a.P(x) && i < a.N);

    private static Iter<int> SkipWhile(Iter<int> s, OpArgs a, Sources c) => s.SkipWhile(a.P);

    private static IEnumerable<int> SkipWhileModel(List<int> l, OpArgs a) => l.SkipWhile(a.P);

    private static Iter<int> SkipWhileIndex(Iter<int> s, OpArgs a, Sources c) =>
        s.SkipWhile((x, i) => a.P(x) && i < a.N);

    private static IEnumerable<int> SkipWhileIndexModel(List<int> l, OpArgs a) =>
        l.SkipWhile((x, i) => a.P(x) && i < a.N);

    private static Iter<int> Index(Iter<int> s, OpArgs a, Sources c) =>
        s.Index().Map(t => unchecked(t.Index * 100 + t.Item));

    private static IEnumerable<int> IndexModel(List<int> l, OpArgs a) => l.Index().Select(t => t.Index * 100 + t.Item);

    private static Iter<int> SelectManyEnumerable(Iter<int> s, OpArgs a, Sources c) =>
        s.SelectMany(x => (IEnumerable<int>)a.Inner(x).ToList());

    private static IEnumerable<int> SelectManyEnumerableModel(List<int> l, OpArgs a) => l.SelectMany(a.Inner);

    private static Iter<int> SelectManyIndex(Iter<int> s, OpArgs a, Sources c) =>
        s.SelectMany((x, i) => a.Inner(x + i));

    private static IEnumerable<int> SelectManyIndexModel(List<int> l, OpArgs a) =>
        l.SelectMany((x, i) => a.Inner(x + i));

    private static Iter<int> SelectManyIndexAndResult(Iter<int> s, OpArgs a, Sources c) =>
        s.SelectMany((x, i) => a.Inner(x - i), (x, y) => x * 64 + y);

    private static IEnumerable<int> SelectManyIndexAndResultModel(List<int> l, OpArgs a) =>
        l.SelectMany((x, i) => a.Inner(x - i), (x, y) => x * 64 + y);

    private static Iter<int> ZipList(Iter<int> s, OpArgs a, Sources c) => s.Zip(a.Other.ToList(), (x, y) => x - y);

    private static IEnumerable<int> ZipListModel(List<int> l, OpArgs a) => l.Zip(a.Other, (x, y) => x - y);

    private static Iter<int> Zip3InputsSelector(Iter<int> s, OpArgs a, Sources c) =>
        s.Zip(c.Src(a.Other), c.Src(a.Other.Reverse()), (x, y, z) => unchecked(x * 9 + y * 3 + z));

    private static IEnumerable<int> Zip3InputsSelectorModel(List<int> l, OpArgs a) =>
        l.Zip(a.Other, a.Other.Reverse()).Select(t => t.First * 9 + t.Second * 3 + t.Third);

    private static Iter<int> TakeRange(Iter<int> s, OpArgs a, Sources c) => s.Take(RangeOf(a));

    private static IEnumerable<int> TakeRangeModel(List<int> l, OpArgs a) => l.Take(RangeOf(a));

    private static Iter<int> TakeLast(Iter<int> s, OpArgs a, Sources c) => s.TakeLast(Small(a));

    private static IEnumerable<int> TakeLastModel(List<int> l, OpArgs a) => l.TakeLast(Small(a));

    private static Iter<int> SkipLast(Iter<int> s, OpArgs a, Sources c) => s.SkipLast(Small(a));

    private static IEnumerable<int> SkipLastModel(List<int> l, OpArgs a) => l.SkipLast(Small(a));

    private static int? SkipLastPulls(int k, OpArgs a) => k + Small(a) + 1;

    private static Iter<int> Chunk(Iter<int> s, OpArgs a, Sources c) => s.Chunk(a.N + 1).Map(TableModels.Hash);

    private static IEnumerable<int> ChunkModel(List<int> l, OpArgs a) => l.Chunk(a.N + 1).Select(TableModels.Hash);

    private static int? ChunkPulls(int k, OpArgs a) => (k + 1) * (a.N + 1) - 1;

    private static Iter<int> DistinctBy(Iter<int> s, OpArgs a, Sources c) => s.DistinctBy(x => Key(x, a));

    private static IEnumerable<int> DistinctByModel(List<int> l, OpArgs a) => l.DistinctBy(x => Key(x, a));

    private static Iter<int> Except(Iter<int> s, OpArgs a, Sources c) => s.Except(c.Src(a.Other));

    private static IEnumerable<int> ExceptModel(List<int> l, OpArgs a) => l.Except(a.Other);

    private static Iter<int> ExceptBy(Iter<int> s, OpArgs a, Sources c) =>
        s.ExceptBy(a.Other.Select(x => Key(x, a)), x => Key(x, a));

    private static IEnumerable<int> ExceptByModel(List<int> l, OpArgs a) =>
        l.ExceptBy(a.Other.Select(x => Key(x, a)), x => Key(x, a));

    private static Iter<int> Intersect(Iter<int> s, OpArgs a, Sources c) => s.Intersect(c.Src(a.Other));

    private static IEnumerable<int> IntersectModel(List<int> l, OpArgs a) => l.Intersect(a.Other);

    private static Iter<int> IntersectBy(Iter<int> s, OpArgs a, Sources c) =>
        s.IntersectBy(a.Other.Select(x => Key(x, a)), x => Key(x, a));

    private static IEnumerable<int> IntersectByModel(List<int> l, OpArgs a) =>
        l.IntersectBy(a.Other.Select(x => Key(x, a)), x => Key(x, a));

    private static Iter<int> Union(Iter<int> s, OpArgs a, Sources c) => s.Union(c.Src(a.Other));

    private static IEnumerable<int> UnionModel(List<int> l, OpArgs a) => l.Union(a.Other);

    private static Iter<int> UnionBy(Iter<int> s, OpArgs a, Sources c) => s.UnionBy(c.Src(a.Other), x => Key(x, a));

    private static IEnumerable<int> UnionByModel(List<int> l, OpArgs a) => l.UnionBy(a.Other, x => Key(x, a));

    private static Iter<int> Order(Iter<int> s, OpArgs a, Sources c) => s.Order();

    private static IEnumerable<int> OrderModel(List<int> l, OpArgs a) => l.Order();

    private static Iter<int> OrderDescending(Iter<int> s, OpArgs a, Sources c) => s.OrderDescending();

    private static IEnumerable<int> OrderDescendingModel(List<int> l, OpArgs a) => l.OrderDescending();

    private static Iter<int> OrderByStable(Iter<int> s, OpArgs a, Sources c) => s.OrderBy(x => Key(x, a));

    private static IEnumerable<int> OrderByStableModel(List<int> l, OpArgs a) => l.OrderBy(x => Key(x, a));

    private static Iter<int> OrderByDescendingStable(Iter<int> s, OpArgs a, Sources c) =>
        s.OrderByDescending(x => Key(x, a));

    private static IEnumerable<int> OrderByDescendingStableModel(List<int> l, OpArgs a) =>
        l.OrderByDescending(x => Key(x, a));

    private static Iter<int> ThenBy(Iter<int> s, OpArgs a, Sources c) => s.OrderBy(x => Key(x, a)).ThenBy(x => -x);

    private static IEnumerable<int> ThenByModel(List<int> l, OpArgs a) => l.OrderBy(x => Key(x, a)).ThenBy(x => -x);

    private static Iter<int> ThenByDescending(Iter<int> s, OpArgs a, Sources c) =>
        s.OrderByDescending(x => x % 3).ThenByDescending(x => Key(x, a));

    private static IEnumerable<int> ThenByDescendingModel(List<int> l, OpArgs a) =>
        l.OrderByDescending(x => x % 3).ThenByDescending(x => Key(x, a));

    private static Iter<int> Reverse(Iter<int> s, OpArgs a, Sources c) => s.Reverse();

    private static IEnumerable<int> ReverseModel(List<int> l, OpArgs a) => Enumerable.Reverse(l);

    private static Iter<int> ShuffleSortedBack(Iter<int> s, OpArgs a, Sources c) => s.Shuffle().Order();

    private static IEnumerable<int> ShuffleSortedBackModel(List<int> l, OpArgs a) => l.Order();

    private static Iter<int> GroupBy(Iter<int> s, OpArgs a, Sources c) =>
        s.GroupBy(x => Key(x, a)).Map(g => g.Key * 1000 + g.Count());

    private static IEnumerable<int> GroupByModel(List<int> l, OpArgs a) =>
        l.GroupBy(x => Key(x, a)).Select(g => g.Key * 1000 + g.Count());

    private static Iter<int> GroupByElementAndResult(Iter<int> s, OpArgs a, Sources c) =>
        s.GroupBy(x => Key(x, a), x => x * 2, (k, xs) => unchecked(k * 1000 + TableModels.Hash(xs.ToList())));

    private static IEnumerable<int> GroupByElementAndResultModel(List<int> l, OpArgs a) =>
        l.GroupBy(x => Key(x, a), x => x * 2, (k, xs) => unchecked(k * 1000 + TableModels.Hash(xs.ToList())));

    private static Iter<int> Join(Iter<int> s, OpArgs a, Sources c) =>
        s.Join(c.Src(a.Other), x => Key(x, a), y => Key(y, a), TableModels.Pair);

    private static IEnumerable<int> JoinModel(List<int> l, OpArgs a) =>
        l.Join(a.Other, x => Key(x, a), y => Key(y, a), TableModels.Pair);

    private static Iter<int> GroupJoin(Iter<int> s, OpArgs a, Sources c) =>
        s.GroupJoin(c.Src(a.Other), x => Key(x, a), y => Key(y, a), (x, ys) => x * 64 + ys.Count());

    private static IEnumerable<int> GroupJoinModel(List<int> l, OpArgs a) =>
        l.GroupJoin(a.Other, x => Key(x, a), y => Key(y, a), (x, ys) => x * 64 + ys.Count());

    private static Iter<int> LeftJoin(Iter<int> s, OpArgs a, Sources c) =>
        s.LeftJoin(c.Src(a.Other), x => Key(x, a), y => Key(y, a), TableModels.Pair);

    private static IEnumerable<int> LeftJoinModel(List<int> l, OpArgs a) =>
        l.LeftJoin(a.Other, x => Key(x, a), y => Key(y, a), TableModels.Pair);

    private static Iter<int> RightJoin(Iter<int> s, OpArgs a, Sources c) =>
        s.RightJoin(c.Src(a.Other), x => Key(x, a), y => Key(y, a), TableModels.Pair);

    private static IEnumerable<int> RightJoinModel(List<int> l, OpArgs a) =>
        l.RightJoin(a.Other, x => Key(x, a), y => Key(y, a), TableModels.Pair);

    private static Iter<int> AggregateBy(Iter<int> s, OpArgs a, Sources c) =>
        s.AggregateBy(x => x % 3, a.B, (acc, x) => unchecked(acc * 2 + x))
            .Map(kv => unchecked(kv.Key * 1000 + kv.Value));

    private static IEnumerable<int> AggregateByModel(List<int> l, OpArgs a) =>
        l.AggregateBy(x => x % 3, a.B, (acc, x) => unchecked(acc * 2 + x))
            .Select(kv => unchecked(kv.Key * 1000 + kv.Value));

    private static Iter<int> CountBy(Iter<int> s, OpArgs a, Sources c) =>
        s.CountBy(x => Key(x, a)).Map(kv => kv.Key * 1000 + kv.Value);

    private static IEnumerable<int> CountByModel(List<int> l, OpArgs a) =>
        l.CountBy(x => Key(x, a)).Select(kv => kv.Key * 1000 + kv.Value);

    private static Iter<int> UniqueJustSeen(Iter<int> s, OpArgs a, Sources c) => s.UniqueJustSeen();

    private static IEnumerable<int> UniqueJustSeenModel(List<int> l, OpArgs a) =>
        TableModels.Runs(l, x => x).Select(r => r.Items[0]);

    private static Iter<int> UniqueJustSeenBy(Iter<int> s, OpArgs a, Sources c) => s.UniqueJustSeenBy(x => Key(x, a));

    private static IEnumerable<int> UniqueJustSeenByModel(List<int> l, OpArgs a) =>
        TableModels.Runs(l, x => Key(x, a)).Select(r => r.Items[0]);

    private static Iter<int> GroupAdjacentLists(Iter<int> s, OpArgs a, Sources c) =>
        s.GroupAdjacentLists(x => Key(x, a)).Map(g => g.Key * 1000 + TableModels.Hash(g.Items));

    private static IEnumerable<int> GroupAdjacentListsModel(List<int> l, OpArgs a) =>
        TableModels.Runs(l, x => Key(x, a)).Select(r => r.Key * 1000 + TableModels.Hash(r.Items));

    private static Iter<int> InterleaveExtension(Iter<int> s, OpArgs a, Sources c) => s.Interleave(c.Src(a.Other));

    private static IEnumerable<int> InterleaveExtensionModel(List<int> l, OpArgs a) => RoundRobin(l, a.Other);

    private static Iter<int> ZipLongestOneFill(Iter<int> s, OpArgs a, Sources c) =>
        s.ZipLongest(c.Src(a.Other), a.B).Map(t => TableModels.Pair(t.First, t.Second));

    private static IEnumerable<int> ZipLongestOneFillModel(List<int> l, OpArgs a) =>
        TableModels.ZipLongest(l, a.Other, a.B, a.B).Select(t => TableModels.Pair(t.Item1, t.Item2));
}
