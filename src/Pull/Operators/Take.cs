namespace Streams;

public static partial class Pull
{
    /// <summary>The first <paramref name="count"/> elements (Python's <c>islice(it, n)</c>, LINQ's <c>Take</c>).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The upstream iterator; the result owns it and releases it when done.</param>
    /// <param name="count">How many elements to take; zero gives an empty iterator.</param>
    /// <returns>A lazy iterator of at most <paramref name="count"/> elements.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    /// <remarks>Lazy: pulls exactly <c>min(count, length)</c> elements from upstream, never one more.
    /// Safe on infinite sources. Use <c>source.ByRef().Take(n)</c> to keep the rest of <paramref name="source"/>.</remarks>
    /// <example><code>Pull.Positives().Take(3).ToList(); // [1, 2, 3]</code></example>
    public static Iter<T> Take<T>(this Iter<T> source, long count)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return new TakeIter<T>(source, count);
    }

    /// <summary>The first <paramref name="count"/> elements; the <see cref="int"/> overload, so that a call with an
    /// <see cref="int"/> binds here rather than to <see cref="Enumerable.Take{TSource}(IEnumerable{TSource}, int)"/>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The upstream iterator; the result owns it and releases it when done.</param>
    /// <param name="count">How many elements to take.</param>
    /// <returns>A lazy iterator of at most <paramref name="count"/> elements.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    /// <remarks>Lazy; pulls exactly <c>min(count, length)</c> elements. Safe on infinite sources.</remarks>
    public static Iter<T> Take<T>(this Iter<T> source, int count) => Take(source, (long)count);
}

// Invariant: _remaining elements may still be pulled from source; at 0 the source is never pulled again.
internal sealed class TakeIter<T>(Iter<T> source, long count) : Stage<T>(source.StackDepth)
{
    private long _remaining = count;

    protected override bool TryAdvance(out T item)
    {
        if (_remaining > 0 && source.Step(out item!))
        {
            _remaining--;
            return true;
        }
        item = default!;
        return false;
    }

    protected override bool TryFoldCore<TSink>(ref TSink sink)
    {
        if (_remaining <= 0) return true;
        var taking = new Sink<TSink>(this, sink);
        bool sourceEnded = source.TryFold(ref taking);
        sink = taking.Inner;
        // We reached our end if the source did, or if we took all we may and the consumer did not stop us.
        return sourceEnded || (_remaining <= 0 && !taking.InnerStopped);
    }

    protected override void Release() => source.Dispose();

    // The count lives on the stage, decremented before the element goes downstream and read again after (one load and
    // one store per element), so a lambda that pulls this stage during the fold uses and moves the same count.
    private struct Sink<TSink>(TakeIter<T> owner, TSink inner) : ISink<T>
        where TSink : struct, ISink<T>
    {
        public TSink Inner = inner;
        public bool InnerStopped;

        public bool Accept(T item)
        {
            owner._remaining--;
            if (!Inner.Accept(item))
            {
                InnerStopped = true;
                return false;
            }
            return owner._remaining > 0;
        }
    }
}
