namespace Streams;

public static partial class Pull
{
    /// <summary>Applies <paramref name="selector"/> to each element (Python's <c>map</c>, LINQ's <c>Select</c>).</summary>
    /// <typeparam name="TSource">The input element type.</typeparam>
    /// <typeparam name="TResult">The output element type.</typeparam>
    /// <param name="source">The upstream iterator; the result owns it.</param>
    /// <param name="selector">The function, called once per pulled element, in order.</param>
    /// <returns>A lazy iterator of the mapped elements.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="selector"/> is <see langword="null"/>.</exception>
    /// <remarks>Lazy: pulls one element per element produced. Safe on infinite sources.</remarks>
    /// <example><code>Pull.Positives().Map(x =&gt; x * x).Take(3).ToList(); // [1, 4, 9]</code></example>
    public static Iter<TResult> Map<TSource, TResult>(this Iter<TSource> source, Func<TSource, TResult> selector)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(selector);
        // FusesMap is an ordinary virtual call; MapStage is a generic virtual one (a runtime lookup), asked only of the
        // stages that have a fused form, so building a Map over a source (once per outer element in a FlatMap) skips it.
        return source.FusesMap ? source.MapStage(selector) : new MapIter<TSource, TResult>(source, selector);
    }
}

// Map's fusion hook (System.Linq style): Map asks its upstream to build the stage, so a stage that knows a cheaper
// combined form (a map after a map or a filter) returns one iterator instead of two. A fused stage keeps the laws: it
// pulls through the upstream's own state, so elements stay shared with anyone else pulling the upstream, and its
// Release disposes the upstream.
public abstract partial class Iter<T>
{
    internal virtual Iter<TResult> MapStage<TResult>(Func<T, TResult> selector) => new MapIter<T, TResult>(this, selector);

    // Whether MapStage builds a fused form. Asked first (an ordinary virtual call) so that building a stage over an
    // iterator with no fused form skips the generic virtual lookup of MapStage.
    internal virtual bool FusesMap => false;
}

// The Map stages. Which combinations are fused into one stage, and why:
// - Map then Map: MapMapIter. One stage instead of two: one virtual call per element fewer on the pull path, one stage
//   fewer to recurse through on the fold path, so n chained maps are n/2 + 1 stages deep.
// - Filter then Map: FilterMapIter (Filter.cs), for the same counts.
// - MapMap then Map is not fused further: each fusion needs a class per arity, and halving the depth already takes
//   the per-element virtual calls of a chain of maps from n to n/2 + 1.
// - Map then Filter is not fused: the predicate tests the mapped value, so a fused stage saves the same one call
//   but adds a class that no benchmarked pipeline builds.
// - No variant is keyed on the source's class. Memory-backed sources (arrays, lists) expose the span capability,
//   and TryFold reads it, so a plain MapIter over any of them folds as one loop over the span with no virtual call
//   per element; on the pull path it costs one virtual call more per element than reading the span directly would.
internal sealed class MapIter<TSource, TResult>(Iter<TSource> source, Func<TSource, TResult> selector) : Stage<TResult>(source.StackDepth)
{
    internal override bool FusesMap => true;

    protected override bool TryAdvance(out TResult item)
    {
        if (source.Step(out var x))
        {
            item = selector(x);
            return true;
        }
        item = default!;
        return false;
    }

    protected override bool TryFoldCore<TSink>(ref TSink sink) => FoldBody(ref sink);

    private bool FoldBody<TSink>(ref TSink sink) where TSink : struct, ISink<TResult>
    {
        var mapped = new MapSink<TSource, TResult, TSink>(selector, sink);
        bool reachedEnd = source.TryFold(ref mapped);
        sink = mapped.Inner;
        return reachedEnd;
    }

    public override bool TryGetRemainingCount(out long count) => source.TryGetRemainingCountOfInput(out count);

    // FlatMap folds one short inner pipeline per outer element, commonly a Map over an array: this folder lets it do so
    // with one ordinary virtual call instead of TryFoldCore's generic virtual lookup.
    internal override ExactFolder<TResult, TSink> GetExactFolder<TSink>() => Folder<TSink>.Instance;

    private sealed class Folder<TSink> : ExactFolder<TResult, TSink>
        where TSink : struct, ISink<TResult>
    {
        public static readonly Folder<TSink> Instance = new();

        public override bool TryFold(Iter<TResult> iter, ref TSink sink)
        {
            var map = (MapIter<TSource, TResult>)iter;
            if (map.FoldsSlowly) return map.TryFold(ref sink); // finished, or a depth guard
            bool reachedEnd;
            Exception? error = null;
            try
            {
                reachedEnd = map.FoldBody(ref sink);
            }
            catch (Exception e) when (ExceptionFilter.Remember(e, out error))
            {
                throw; // never reached (see ExceptionFilter)
            }
            finally
            {
                if (error is not null) map.FinishAfter(error);
            }
            if (reachedEnd) map.End(); // as TryFold: a stage's end leaves its upstream where it is
            return reachedEnd;
        }
    }

    protected override void Release() => source.Dispose();

    internal override Iter<TNext> MapStage<TNext>(Func<TResult, TNext> next) =>
        new MapMapIter<TSource, TResult, TNext>(source, selector, next);
}

internal sealed class MapMapIter<TSource, TMiddle, TResult>(Iter<TSource> source, Func<TSource, TMiddle> first, Func<TMiddle, TResult> second)
    : Stage<TResult>(source.StackDepth), IStageName
{
    public string StageName => "Map().Map";

    // The two delegates stay separate (not composed into one closure), so the fold path still inlines each lambda where
    // the JIT's profile allows. Pulling the first map's upstream is what the two stages would do: Map keeps no state.
    protected override bool TryAdvance(out TResult item)
    {
        if (source.Step(out var x))
        {
            item = second(first(x));
            return true;
        }
        item = default!;
        return false;
    }

    protected override bool TryFoldCore<TSink>(ref TSink sink)
    {
        var mapped = new MapSink<TSource, TMiddle, MapSink<TMiddle, TResult, TSink>>(first, new(second, sink));
        bool reachedEnd = source.TryFold(ref mapped);
        sink = mapped.Inner.Inner;
        return reachedEnd;
    }

    public override bool TryGetRemainingCount(out long count) => source.TryGetRemainingCountOfInput(out count);

    protected override void Release() => source.Dispose();
}
