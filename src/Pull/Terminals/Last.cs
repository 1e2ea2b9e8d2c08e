namespace Streams;

public static partial class Pull
{
    /// <summary>The last element (Rust's <c>last</c>; Python's <c>collections.deque(it, maxlen=1)[0]</c>).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The iterator to consume.</param>
    /// <returns>The last element.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <exception cref="IteratorExhaustedException"><paramref name="source"/> is empty.</exception>
    /// <remarks>Terminal: consumes to the end with internal iteration; never returns on an infinite source.</remarks>
    /// <example><code>Pull.Range(0, 5).Last(); // 4</code></example>
    public static T Last<T>(this Iter<T> source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var sink = new LastSink<T>();
        source.TryFold(ref sink);
        return sink.Found ? sink.Item : ThrowHelper.ThrowExhausted<T>(nameof(Last));
    }

    private struct LastSink<T> : ISink<T>
    {
        public bool Found;
        public T Item;

        public bool Accept(T item)
        {
            Item = item;
            Found = true;
            return true;
        }
    }
}
