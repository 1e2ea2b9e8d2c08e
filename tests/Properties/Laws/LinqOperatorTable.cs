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
        OperatorTable.Op("Append", "", (s, a, c) => s.Append(a.B), (l, a) => l.Append(a.B), (k, _) => k),
        OperatorTable.Op("Prepend", "", (s, a, c) => s.Prepend(a.B), (l, a) => l.Prepend(a.B), (k, _) => Math.Max(0, k - 1)),
        OperatorTable.Op("Concat", "iter", (s, a, c) => s.Concat(c.Src(a.Other)), (l, a) => l.Concat(a.Other), (k, _) => k),
        OperatorTable.Op("Concat", "list", (s, a, c) => s.Concat(a.Other.ToList()), (l, a) => l.Concat(a.Other), (k, _) => k),
        OperatorTable.Op("DefaultIfEmpty", "value", (s, a, c) => s.DefaultIfEmpty(a.B), (l, a) => l.DefaultIfEmpty(a.B), (k, _) => k),
        OperatorTable.Op("DefaultIfEmpty", "", (s, a, c) => s.DefaultIfEmpty(), (l, a) => l.DefaultIfEmpty(), (k, _) => k),

        // ---- indexed and LINQ-shaped single-pass operators ----
        OperatorTable.Op("Select", "index", (s, a, c) => s.Select((x, i) => unchecked(x * 3 + i)), (l, a) => l.Select((x, i) => x * 3 + i), (k, _) => k),
        OperatorTable.Op("Where", "index", (s, a, c) => s.Where((x, i) => a.P(x) || i % 3 == 0), (l, a) => l.Where((x, i) => a.P(x) || i % 3 == 0)),
        OperatorTable.Op("TakeWhile", "index", (s, a, c) => s.TakeWhile((x, i) => a.P(x) && i < a.N), (l, a) => l.TakeWhile((x, i) => a.P(x) && i < a.N), (k, _) => k + 1),
        OperatorTable.Op("SkipWhile", "", (s, a, c) => s.SkipWhile(a.P), (l, a) => l.SkipWhile(a.P)),
        OperatorTable.Op("SkipWhile", "index", (s, a, c) => s.SkipWhile((x, i) => a.P(x) && i < a.N), (l, a) => l.SkipWhile((x, i) => a.P(x) && i < a.N)),
        OperatorTable.Op("Index", "", (s, a, c) => s.Index().Map(t => unchecked(t.Index * 100 + t.Item)), (l, a) => l.Index().Select(t => t.Index * 100 + t.Item), (k, _) => k),
        OperatorTable.Op("SelectMany", "enumerable", (s, a, c) => s.SelectMany(x => (IEnumerable<int>)a.Inner(x).ToList()), (l, a) => l.SelectMany(a.Inner)),
        OperatorTable.Op("SelectMany", "index", (s, a, c) => s.SelectMany((x, i) => a.Inner(x + i)), (l, a) => l.SelectMany((x, i) => a.Inner(x + i))),
        OperatorTable.Op("SelectMany", "index and result", (s, a, c) => s.SelectMany((x, i) => a.Inner(x - i), (x, y) => x * 64 + y),
            (l, a) => l.SelectMany((x, i) => a.Inner(x - i), (x, y) => x * 64 + y)),
        OperatorTable.Op("Zip", "list", (s, a, c) => s.Zip(a.Other.ToList(), (x, y) => x - y), (l, a) => l.Zip(a.Other, (x, y) => x - y), (k, _) => k + 1),
        OperatorTable.Op("Zip", "3 inputs, selector", (s, a, c) => s.Zip(c.Src(a.Other), c.Src(a.Other.Reverse()), (x, y, z) => unchecked(x * 9 + y * 3 + z)),
            (l, a) => l.Zip(a.Other, a.Other.Reverse()).Select(t => t.First * 9 + t.Second * 3 + t.Third), (k, _) => k + 1),

        // ---- partitioning ----
        OperatorTable.Op("Take", "range", (s, a, c) => s.Take(RangeOf(a)), (l, a) => l.Take(RangeOf(a))),
        OperatorTable.Op("TakeLast", "", (s, a, c) => s.TakeLast(Small(a)), (l, a) => l.TakeLast(Small(a))),
        OperatorTable.Op("SkipLast", "", (s, a, c) => s.SkipLast(Small(a)), (l, a) => l.SkipLast(Small(a)), (k, a) => k + Small(a) + 1),
        OperatorTable.Op("Chunk", "", (s, a, c) => s.Chunk(a.N + 1).Map(TableModels.Hash), (l, a) => l.Chunk(a.N + 1).Select(TableModels.Hash), (k, a) => (k + 1) * (a.N + 1) - 1),

        // ---- sets ----
        OperatorTable.Op("DistinctBy", "", (s, a, c) => s.DistinctBy(x => Key(x, a)), (l, a) => l.DistinctBy(x => Key(x, a))),
        OperatorTable.Op("Except", "", (s, a, c) => s.Except(c.Src(a.Other)), (l, a) => l.Except(a.Other)),
        OperatorTable.Op("ExceptBy", "", (s, a, c) => s.ExceptBy(a.Other.Select(x => Key(x, a)), x => Key(x, a)), (l, a) => l.ExceptBy(a.Other.Select(x => Key(x, a)), x => Key(x, a))),
        OperatorTable.Op("Intersect", "", (s, a, c) => s.Intersect(c.Src(a.Other)), (l, a) => l.Intersect(a.Other)),
        OperatorTable.Op("IntersectBy", "", (s, a, c) => s.IntersectBy(a.Other.Select(x => Key(x, a)), x => Key(x, a)), (l, a) => l.IntersectBy(a.Other.Select(x => Key(x, a)), x => Key(x, a))),
        OperatorTable.Op("Union", "", (s, a, c) => s.Union(c.Src(a.Other)), (l, a) => l.Union(a.Other)),
        OperatorTable.Op("UnionBy", "", (s, a, c) => s.UnionBy(c.Src(a.Other), x => Key(x, a)), (l, a) => l.UnionBy(a.Other, x => Key(x, a))),

        // ---- ordering (all buffer) ----
        OperatorTable.Op("Order", "", (s, a, c) => s.Order(), (l, a) => l.Order()),
        OperatorTable.Op("OrderDescending", "", (s, a, c) => s.OrderDescending(), (l, a) => l.OrderDescending()),
        OperatorTable.Op("OrderBy", "stable", (s, a, c) => s.OrderBy(x => Key(x, a)), (l, a) => l.OrderBy(x => Key(x, a))),
        OperatorTable.Op("OrderByDescending", "stable", (s, a, c) => s.OrderByDescending(x => Key(x, a)), (l, a) => l.OrderByDescending(x => Key(x, a))),
        OperatorTable.Op("ThenBy", "", (s, a, c) => s.OrderBy(x => Key(x, a)).ThenBy(x => -x), (l, a) => l.OrderBy(x => Key(x, a)).ThenBy(x => -x)),
        OperatorTable.Op("ThenByDescending", "", (s, a, c) => s.OrderByDescending(x => x % 3).ThenByDescending(x => Key(x, a)),
            (l, a) => l.OrderByDescending(x => x % 3).ThenByDescending(x => Key(x, a))),
        OperatorTable.Op("Reverse", "", (s, a, c) => s.Reverse(), (l, a) => Enumerable.Reverse(l)),
        OperatorTable.Op("Shuffle", "sorted back", (s, a, c) => s.Shuffle().Order(), (l, a) => l.Order()),

        // ---- grouping and joins (projected back to int) ----
        OperatorTable.Op("GroupBy", "", (s, a, c) => s.GroupBy(x => Key(x, a)).Map(g => g.Key * 1000 + g.Count()), (l, a) => l.GroupBy(x => Key(x, a)).Select(g => g.Key * 1000 + g.Count())),
        OperatorTable.Op("GroupBy", "element and result", (s, a, c) => s.GroupBy(x => Key(x, a), x => x * 2, (k, xs) => unchecked(k * 1000 + TableModels.Hash(xs.ToList()))),
            (l, a) => l.GroupBy(x => Key(x, a), x => x * 2, (k, xs) => unchecked(k * 1000 + TableModels.Hash(xs.ToList())))),
        OperatorTable.Op("Join", "", (s, a, c) => s.Join(c.Src(a.Other), x => Key(x, a), y => Key(y, a), TableModels.Pair),
            (l, a) => l.Join(a.Other, x => Key(x, a), y => Key(y, a), TableModels.Pair)),
        OperatorTable.Op("GroupJoin", "", (s, a, c) => s.GroupJoin(c.Src(a.Other), x => Key(x, a), y => Key(y, a), (x, ys) => x * 64 + ys.Count()),
            (l, a) => l.GroupJoin(a.Other, x => Key(x, a), y => Key(y, a), (x, ys) => x * 64 + ys.Count())),
        OperatorTable.Op("LeftJoin", "", (s, a, c) => s.LeftJoin(c.Src(a.Other), x => Key(x, a), y => Key(y, a), TableModels.Pair),
            (l, a) => l.LeftJoin(a.Other, x => Key(x, a), y => Key(y, a), TableModels.Pair)),
        OperatorTable.Op("RightJoin", "", (s, a, c) => s.RightJoin(c.Src(a.Other), x => Key(x, a), y => Key(y, a), TableModels.Pair),
            (l, a) => l.RightJoin(a.Other, x => Key(x, a), y => Key(y, a), TableModels.Pair)),
        OperatorTable.Op("AggregateBy", "", (s, a, c) => s.AggregateBy(x => x % 3, a.B, (acc, x) => unchecked(acc * 2 + x)).Map(kv => unchecked(kv.Key * 1000 + kv.Value)),
            (l, a) => l.AggregateBy(x => x % 3, a.B, (acc, x) => unchecked(acc * 2 + x)).Select(kv => unchecked(kv.Key * 1000 + kv.Value))),
        OperatorTable.Op("CountBy", "", (s, a, c) => s.CountBy(x => Key(x, a)).Map(kv => kv.Key * 1000 + kv.Value), (l, a) => l.CountBy(x => Key(x, a)).Select(kv => kv.Key * 1000 + kv.Value)),

        // ---- Python staples ----
        OperatorTable.Op("UniqueJustSeen", "", (s, a, c) => s.UniqueJustSeen(), (l, a) => TableModels.Runs(l, x => x).Select(r => r.Items[0])),
        OperatorTable.Op("UniqueJustSeenBy", "", (s, a, c) => s.UniqueJustSeenBy(x => Key(x, a)), (l, a) => TableModels.Runs(l, x => Key(x, a)).Select(r => r.Items[0])),
        OperatorTable.Op("GroupAdjacentLists", "", (s, a, c) => s.GroupAdjacentLists(x => Key(x, a)).Map(g => g.Key * 1000 + TableModels.Hash(g.Items)),
            (l, a) => TableModels.Runs(l, x => Key(x, a)).Select(r => r.Key * 1000 + TableModels.Hash(r.Items))),
        OperatorTable.Op("Interleave", "extension", (s, a, c) => s.Interleave(c.Src(a.Other)), (l, a) => RoundRobin(l, a.Other), (k, _) => k),
        OperatorTable.Op("ZipLongest", "one fill", (s, a, c) => s.ZipLongest(c.Src(a.Other), a.B).Map(t => TableModels.Pair(t.First, t.Second)),
            (l, a) => TableModels.ZipLongest(l, a.Other, a.B, a.B).Select(t => TableModels.Pair(t.Item1, t.Item2)), (k, _) => k),
    ];
}
