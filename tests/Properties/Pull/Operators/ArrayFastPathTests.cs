using FsCheck.Xunit;
using Xunit;

namespace Streams.Tests.PullTests.Operators;

// What the law table does not reach on these fast paths: its source shapes vary the primary source, and its second
// inputs and FlatMap inners are probes (or, for Zip's "array second side" row, an array). So these properties pin the
// paths where an array is an inner pipeline or a second side against the pull path and a LINQ model, with the
// position each shares with its owner: FlatMap folding an inner From(array).Map(f) through its exact folder,
// SelectMany folding inner arrays, Zip's fold pulling an array second side behind a non-span first side, Chain
// pulling array parts. (An array source pulled to its end is every table row's Array shape.)
public class ArrayFastPathTests
{
    private static long[] Longs(int[] values) => values.Select(v => (long)v).ToArray();

    private static List<long> PullAll(Iter<long> it)
    {
        var items = new List<long>();
        while (it.TryNext(out var x)) items.Add(x);
        return items;
    }

    // --- FlatMap over inner From(array).Map(f), and SelectMany with a result selector (query syntax) ---

    private static List<long> CartModel(long[] outer, long[] inner) => outer.SelectMany(x => inner.Select(y => x * 31 + y)).ToList();

    // FlatMap's inner is From(inner).Map(f), folded through ArrayMapIter.FoldExact and pulled through its TryTake.
    private static Iter<long> Cart(long[] outer, long[] inner, List<Iter<long>> made) =>
        Streams.Pull.From(outer).FlatMap(x => Made(Streams.Pull.From(inner).Map(y => x * 31 + y), made));

    // SelectMany's inner is the array source itself, folded through FoldDirect.
    private static Iter<long> Query(long[] outer, long[] inner, List<Iter<long>> made) =>
        from x in Streams.Pull.From(outer)
        from y in Made(Streams.Pull.From(inner), made)
        select x * 31 + y;

    private static Iter<long> Made(Iter<long> it, List<Iter<long>> made)
    {
        made.Add(it);
        return it;
    }

    // Stops a fold inside an inner pipeline and resumes by pulling, and the other way round; every inner pipeline
    // must be finished at the end.
    private static bool ResumesEitherWay(Func<List<Iter<long>>, Iter<long>> build, List<long> model, byte stop)
    {
        int stopAfter = model.Count == 0 ? 0 : stop % (model.Count + 1);
        var madeByFold = new List<Iter<long>>();
        var folded = build(madeByFold);
        var foldThenPull = folded.ByRef().Take(stopAfter).ToList().Concat(PullAll(folded)).ToList();
        var madeByPull = new List<Iter<long>>();
        var pulled = build(madeByPull);
        var head = new List<long>();
        for (int k = 0; k < stopAfter && pulled.TryNext(out var v); k++) head.Add(v);
        var pullThenFold = head.Concat(pulled.ToList()).ToList();
        return foldThenPull.SequenceEqual(model) && pullThenFold.SequenceEqual(model) && build([]).Sum() == model.Sum()
            && folded.IsFinished && pulled.IsFinished && madeByFold.All(m => m.IsFinished) && madeByPull.All(m => m.IsFinished);
    }

    // Throws from user code at the throwAt-th inner element of a fold: the exception propagates once, and the pipeline
    // and every inner pipeline are finished.
    private static bool AnInnerExceptionFinishesEverything(Func<Func<long, long, long>, List<Iter<long>>, Iter<long>> build, int total, byte at)
    {
        if (total == 0) return true;
        int throwAt = at % total, seen = 0;
        var made = new List<Iter<long>>();
        var it = build((x, y) => seen++ == throwAt ? throw new InvalidOperationException("planted") : x + y, made);
        var thrown = Record.Exception(() => it.Sum());
        return thrown is InvalidOperationException && seen == throwAt + 1
            && it.IsFinished && !it.TryNext(out _) && made.All(m => m.IsFinished);
    }

    [Property(MaxTest = 300)]
    public bool FlatMap_stopped_anywhere_then_resumed_the_other_way_matches_the_model(int[] outerValues, int[] innerValues, byte stop)
    {
        long[] outer = Longs(outerValues), inner = Longs(innerValues);
        return ResumesEitherWay(made => Cart(outer, inner, made), CartModel(outer, inner), stop);
    }

    [Property(MaxTest = 300)]
    public bool SelectMany_stopped_anywhere_then_resumed_the_other_way_matches_the_model(int[] outerValues, int[] innerValues, byte stop)
    {
        long[] outer = Longs(outerValues), inner = Longs(innerValues);
        return ResumesEitherWay(made => Query(outer, inner, made), CartModel(outer, inner), stop);
    }

    [Property(MaxTest = 200)]
    public bool FlatMap_fold_exception_in_an_inner_map_finishes_everything(int[] outerValues, int[] innerValues, byte at)
    {
        long[] outer = Longs(outerValues), inner = Longs(innerValues);
        return AnInnerExceptionFinishesEverything(
            (f, made) => Streams.Pull.From(outer).FlatMap(x => Made(Streams.Pull.From(inner).Map(y => f(x, y)), made)),
            outer.Length * inner.Length, at);
    }

    [Property(MaxTest = 200)]
    public bool SelectMany_fold_exception_in_the_result_selector_finishes_everything(int[] outerValues, int[] innerValues, byte at)
    {
        long[] outer = Longs(outerValues), inner = Longs(innerValues);
        return AnInnerExceptionFinishesEverything(
            (f, made) => Streams.Pull.From(outer).SelectMany(x => Made(Streams.Pull.From(inner), made), f),
            outer.Length * inner.Length, at);
    }

    [Fact]
    public void FlatMap_inner_array_map_keeps_its_source_position_shared()
    {
        var shared = Streams.Pull.Of(1L, 2L, 3L, 4L);
        var it = Streams.Pull.Once(0L).FlatMap(_ => shared.Map(y => y * 10));
        Assert.Equal(10, it.Next());   // pulls 1 through the inner map
        Assert.Equal(2, shared.Next()); // the source itself gives the next one
        Assert.Equal(70, it.Sum());     // the fold sees only what is left: 30 + 40
        Assert.True(shared.IsFinished);
    }

    // --- Zip with an array second side ---

    [Property(MaxTest = 300)]
    public bool Zip_fold_with_an_array_second_side_stopped_anywhere_matches_the_pull_path(int[] firstValues, int[] secondValues, byte stop)
    {
        long[] first = Longs(firstValues), second = Longs(secondValues);
        // The first side is not an array, so the fold goes through Zip's sink, not the two-array loop.
        Iter<long> Zip(Iter<long> right) => Streams.Pull.From(first).Filter(_ => true).Zip(right, (a, b) => a * 1000 + b);
        var referenceRight = Streams.Pull.From(second);
        var pulled = PullAll(Zip(referenceRight));
        int stopAfter = stop % (pulled.Count + 1);
        var right = Streams.Pull.From(second);
        var zip = Zip(right);
        var head = zip.ByRef().Take(stopAfter).ToList();
        var rest = PullAll(zip);
        var model = first.Zip(second, (a, b) => a * 1000 + b).ToList();
        return pulled.SequenceEqual(model) && head.Concat(rest).SequenceEqual(model)
            && Zip(Streams.Pull.From(second)).Sum() == model.Sum()
            && RestIsFrom(right, second, Math.Min(first.Length, second.Length)); // zip consumed min(len) of the second side
    }

    private static bool RestIsFrom(Iter<long> it, long[] values, int position) => PullAll(it).SequenceEqual(values[position..]);

    [Fact]
    public void Zip_fold_leaves_the_array_second_side_where_pulling_would()
    {
        var right = Streams.Pull.Of(10L, 20L, 30L, 40L);
        var zip = Streams.Pull.Of(1L, 2L, 3L).Filter(_ => true).Zip(right, (a, b) => a + b);
        Assert.Equal(11, zip.First());   // a fold that stops after one element
        Assert.Equal(20, right.Next());  // the array's position is shared with the zip
        Assert.Equal(2 + 30 + 3 + 40, zip.Sum());
        Assert.False(right.TryNext(out _)); // at its end; the zip ended on its first side and left this one alone
    }

    // --- Chain of array parts, pulled ---

    [Property(MaxTest = 300)]
    public bool Chain_of_arrays_pulled_matches_the_fold_and_finishes_each_part(int[][] partValues)
    {
        var parts = (partValues ?? []).Where(p => p is not null).Select(Longs).ToArray();
        if (parts.Length == 0) return true;
        var model = parts.SelectMany(p => p).ToList();
        var sources = parts.Select(Streams.Pull.From).ToArray();
        var pulled = new List<long>();
        foreach (var x in sources[0].Chain(sources[1..])) pulled.Add(x);
        var folded = Streams.Pull.From(parts[0]).Chain(parts[1..].Select(Streams.Pull.From).ToArray()).ToList();
        return pulled.SequenceEqual(model) && folded.SequenceEqual(model) && sources.All(s => s.IsFinished);
    }

    [Fact]
    public void Chain_array_parts_share_their_position_with_their_owner()
    {
        var first = Streams.Pull.Of(1L, 2L, 3L);
        var chain = first.Chain(Streams.Pull.Of(4L, 5L)); // owns first, which stays reachable here
        Assert.Equal(1, chain.Next());
        Assert.Equal(2, first.Next()); // taken from the part directly
        Assert.Equal([3L, 4L, 5L], PullAll(chain));
    }
}
