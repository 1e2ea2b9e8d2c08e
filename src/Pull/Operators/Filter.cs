namespace Streams;

public static partial class Pull
{
    /// <summary>Keeps the elements for which <paramref name="predicate"/> is true (Python's <c>filter</c>, LINQ's <c>Where</c>).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The upstream iterator; the result owns it.</param>
    /// <param name="predicate">The test, called once per pulled element, in order.</param>
    /// <returns>A lazy iterator of the kept elements.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="predicate"/> is <see langword="null"/>.</exception>
    /// <remarks>Lazy: pulls until the next kept element. On an infinite source it is safe as long as kept elements
    /// keep coming; a predicate that never holds again makes the next pull run forever (as in Python).</remarks>
    /// <example><code>Pull.Range(0, 10).Filter(x =&gt; x % 3 == 0).ToList(); // [0, 3, 6, 9]</code></example>
    public static Iter<T> Filter<T>(this Iter<T> source, Func<T, bool> predicate)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(predicate);
        return (source.FusesFilter ? source.FilterStage(predicate) : new FilterIter<T>(source, predicate));
    }

    /// <summary>Keeps the elements for which <paramref name="predicate"/> is false (Python's <c>itertools.filterfalse</c>).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The upstream iterator; the result owns it.</param>
    /// <param name="predicate">The test, called once per pulled element, in order.</param>
    /// <returns>A lazy iterator of the elements the predicate rejects.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="predicate"/> is <see langword="null"/>.</exception>
    /// <remarks>Lazy; same infinite-source caveat as <see cref="Filter{T}"/>.</remarks>
    /// <example><code>Pull.Range(0, 5).FilterFalse(x =&gt; x % 2 == 0).ToList(); // [1, 3]</code></example>
    public static Iter<T> FilterFalse<T>(this Iter<T> source, Func<T, bool> predicate)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(predicate);
        // Negating in a wrapper keeps the Filter sink to one delegate: fewer live values in the fused loop.
        Func<T, bool> negated = x => !predicate(x);
        return (source.FusesFilter ? source.FilterStage(negated) : new FilterIter<T>(source, negated));
    }
}

// Filter's fusion hook: Filter asks its upstream to build the stage (a filter after a filter fuses), under the same
// rules as Map's (Map.cs).
public abstract partial class Iter<T>
{
    internal virtual Iter<T> FilterStage(Func<T, bool> predicate) => new FilterIter<T>(this, predicate);

    // Whether FilterStage builds a fused form; asked first, as FusesMap is.
    internal virtual bool FusesFilter => false;
}

// The Filter stages. Which combinations are fused into one stage, and why:
// - Filter then Filter: FilterFilterIter; Filter then Map: FilterMapIter. One stage instead of two: one virtual call
//   per pulled element fewer on the pull path and one stage fewer to recurse through on the fold path. The delegates
//   stay separate, so the fold path still inlines each lambda where the JIT's profile allows.
// - The fused stages are not fused again (FilterFilter then Filter stays two stages): each fusion needs a class per
//   arity, and halving the depth already halves the per-element virtual calls of a chain of filters.
// - No variant is keyed on the source's class: TryFold reads a memory-backed source through its span capability, so
//   a plain FilterIter over an array folds as one loop over the span.
internal sealed class FilterIter<T>(Iter<T> source, Func<T, bool> predicate) : Stage<T>(source.StackDepth)
{
    internal override bool FusesMap => true;

    internal override bool FusesFilter => true;

    protected override bool TryAdvance(out T item)
    {
        while (source.Step(out item!))
        {
            if (predicate(item)) return true;
        }
        return false;
    }

    protected override bool TryFoldCore<TSink>(ref TSink sink)
    {
        var filtered = new FilterSink<T, TSink>(predicate, sink);
        bool reachedEnd = source.TryFold(ref filtered);
        sink = filtered.Inner;
        return reachedEnd;
    }

    protected override void Release() => source.Dispose();

    internal override Iter<TResult> MapStage<TResult>(Func<T, TResult> selector) =>
        new FilterMapIter<T, TResult>(source, predicate, selector);

    internal override Iter<T> FilterStage(Func<T, bool> next) => new FilterFilterIter<T>(source, predicate, next);
}

internal sealed class FilterFilterIter<T>(Iter<T> source, Func<T, bool> first, Func<T, bool> second) : Stage<T>(source.StackDepth), IStageName
{
    public string StageName => "Filter().Filter";

    protected override bool TryAdvance(out T item)
    {
        while (source.Step(out item!))
        {
            if (first(item) && second(item)) return true;
        }
        return false;
    }

    protected override bool TryFoldCore<TSink>(ref TSink sink)
    {
        var filtered = new FilterSink<T, FilterSink<T, TSink>>(first, new(second, sink));
        bool reachedEnd = source.TryFold(ref filtered);
        sink = filtered.Inner.Inner;
        return reachedEnd;
    }

    protected override void Release() => source.Dispose();
}

internal sealed class FilterMapIter<TSource, TResult>(Iter<TSource> source, Func<TSource, bool> predicate, Func<TSource, TResult> selector)
    : Stage<TResult>(source.StackDepth), IStageName
{
    public string StageName => "Filter().Map";

    protected override bool TryAdvance(out TResult item)
    {
        while (source.Step(out var x))
        {
            if (predicate(x))
            {
                item = selector(x);
                return true;
            }
        }
        item = default!;
        return false;
    }

    protected override bool TryFoldCore<TSink>(ref TSink sink)
    {
        var fused = new FilterSink<TSource, MapSink<TSource, TResult, TSink>>(predicate, new(selector, sink));
        bool reachedEnd = source.TryFold(ref fused);
        sink = fused.Inner.Inner;
        return reachedEnd;
    }

    protected override void Release() => source.Dispose();
}
