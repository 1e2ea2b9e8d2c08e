namespace Streams;

public static partial class Pull
{
    /// <summary>The elements not seen before, in first-seen order (more-itertools' <c>unique_everseen</c>, LINQ's <c>Distinct</c>).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The upstream iterator; the result owns it.</param>
    /// <param name="comparer">How elements are compared; <see langword="null"/> for <see cref="EqualityComparer{T}.Default"/>.</param>
    /// <returns>A lazy iterator of the first occurrence of each distinct element.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <remarks>Lazy: pulls until the next unseen element. Memory: every distinct element produced is kept in a hash
    /// set until the iterator ends or is disposed, so memory grows with the number of distinct elements. On an infinite
    /// source it is safe as long as new elements keep coming; otherwise the next pull runs forever.</remarks>
    /// <example><code>Pull.Of(1, 2, 1, 3, 2).Distinct().ToList(); // [1, 2, 3]</code></example>
    public static Iter<T> Distinct<T>(this Iter<T> source, IEqualityComparer<T>? comparer = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new DistinctIter<T>(source, comparer);
    }
}

internal sealed class DistinctIter<T>(Iter<T> source, IEqualityComparer<T>? comparer) : Stage<T>(source.StackDepth)
{
    private HashSet<T>? _seen = new(comparer);

    protected override bool TryAdvance(out T item)
    {
        while (source.Step(out item!))
        {
            if (_seen!.Add(item)) return true;
        }
        return false;
    }

    protected override bool TryFoldCore<TSink>(ref TSink sink)
    {
        var unique = new Sink<TSink>(_seen!, sink);
        bool reachedEnd = source.TryFold(ref unique);
        sink = unique.Inner;
        return reachedEnd;
    }

    protected override void Release()
    {
        source.Dispose();
        _seen = null; // let the remembered elements go
    }

    private struct Sink<TSink>(HashSet<T> seen, TSink inner) : ISink<T>
        where TSink : struct, ISink<T>
    {
        public TSink Inner = inner;

        public bool Accept(T item) => !seen.Add(item) || Inner.Accept(item);
    }
}
