namespace Streams;

public static partial class Pull
{
    /// <summary>Counts the elements (LINQ's <c>Count()</c>).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The iterator to consume.</param>
    /// <returns>How many elements there were.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <exception cref="OverflowException">There are more than <see cref="int.MaxValue"/> elements (as in LINQ; the
    /// iterator is then finished and released). <c>LongCount()</c> counts in <see cref="long"/>.</exception>
    /// <remarks>Terminal: consumes to the end; never returns on an infinite source.</remarks>
    /// <example><code>Pull.Range(0, 10).Filter(x =&gt; x &gt; 6).Count(); // 3</code></example>
    public static int Count<T>(this Iter<T> source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var sink = new CountSink<T>();
        source.TryFold(ref sink);
        return sink.Count;
    }

    private struct CountSink<T> : ISink<T>
    {
        public int Count;

        public bool Accept(T item)
        {
            Count = checked(Count + 1);
            return true;
        }
    }
}
