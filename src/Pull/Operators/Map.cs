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
        // Arrays are the common case, and often a FlatMap builds one inner pipeline per element: a type test here
        // avoids MapStage's generic virtual dispatch (a runtime lookup per call).
        return source is ArraySource<TSource> array
            ? new ArrayMapIter<TSource, TResult>(array, selector)
            : source.MapStage(selector);
    }
}

internal sealed class MapIter<TSource, TResult>(Iter<TSource> source, Func<TSource, TResult> selector) : Iter<TResult>
{
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

    protected override bool TryFoldCore<TSink>(ref TSink sink)
    {
        var mapped = new MapSink<TSource, TResult, TSink>(selector, sink);
        bool reachedEnd = source.TryFold(ref mapped);
        sink = mapped.Inner;
        return reachedEnd;
    }

    protected override void Release() => source.Dispose();

    internal override Iter<TNext> MapStage<TNext>(Func<TResult, TNext> next) =>
        new MapMapIter<TSource, TResult, TNext>(source, selector, next);
}
