namespace Streams;

public static partial class Pull
{
    /// <summary>The element at zero-based position <paramref name="index"/> (Rust's <c>nth</c>; Python's
    /// <c>next(islice(it, n, None))</c>).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The iterator.</param>
    /// <param name="index">The position; 0 is the next element.</param>
    /// <returns>The element at <paramref name="index"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative.</exception>
    /// <exception cref="IteratorExhaustedException"><paramref name="source"/> has no more than <paramref name="index"/> elements.</exception>
    /// <remarks>Short-circuits: consumes exactly <c>index + 1</c> elements (fewer if the iterator ends first); the
    /// rest stays in <paramref name="source"/>, so calling <c>Nth(0)</c> repeatedly walks it. Safe on infinite sources.</remarks>
    /// <example><code>var it = Pull.Positives(); it.Nth(2); // 3, and it.Next() is then 4</code></example>
    public static T Nth<T>(this Iter<T> source, long index)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var sink = new NthSink<T>(index);
        source.TryFold(ref sink);
        return sink.Found ? sink.Item : ThrowHelper.ThrowExhausted<T>(nameof(Nth));
    }

    /// <summary>The element at zero-based position <paramref name="index"/>; the <see cref="int"/> overload, so that
    /// calls with an <see cref="int"/> never become ambiguous.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The iterator.</param>
    /// <param name="index">The position.</param>
    /// <returns>The element at <paramref name="index"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative.</exception>
    /// <exception cref="IteratorExhaustedException"><paramref name="source"/> is too short.</exception>
    /// <remarks>Consumes exactly <c>index + 1</c> elements. Safe on infinite sources.</remarks>
    public static T Nth<T>(this Iter<T> source, int index) => Nth(source, (long)index);

    private struct NthSink<T>(long index) : ISink<T>
    {
        private long _remaining = index;
        public bool Found;
        public T Item = default!;

        public bool Accept(T item)
        {
            if (_remaining-- != 0) return true;
            Found = true;
            Item = item;
            return false;
        }
    }
}
