namespace Streams;

public static partial class Pull
{
    /// <summary>Counts the elements.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The iterator to consume.</param>
    /// <returns>How many elements there were.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <remarks>Terminal: consumes to the end; never returns on an infinite source. Returns <see cref="long"/>:
    /// iterators are not bounded by array sizes.</remarks>
    /// <example><code>Pull.Range(0, 10).Filter(x =&gt; x &gt; 6).Count(); // 3</code></example>
    public static long Count<T>(this Iter<T> source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var sink = new CountSink<T>();
        source.TryFold(ref sink);
        return sink.Count;
    }

    private struct CountSink<T> : ISink<T>
    {
        public long Count;

        public bool Accept(T item)
        {
            Count++;
            return true;
        }
    }
}
