namespace Streams;

public static partial class Pull
{
    /// <summary>The element with the smallest key (Python's <c>min(it, key=f)</c>, LINQ's <c>MinBy</c>).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <param name="source">The iterator to consume.</param>
    /// <param name="keySelector">Computes the key; called once per element.</param>
    /// <param name="comparer">Orders the keys; <see langword="null"/> for <see cref="Comparer{T}.Default"/>.</param>
    /// <returns>The first element among those with the smallest key.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="keySelector"/> is <see langword="null"/>.</exception>
    /// <exception cref="IteratorExhaustedException"><paramref name="source"/> is empty.</exception>
    /// <remarks>Terminal: consumes to the end with internal iteration; never returns on an infinite source.</remarks>
    /// <example><code>Pull.Of("ccc", "a", "b").MinBy(s =&gt; s.Length); // "a"</code></example>
    public static T MinBy<T, TKey>(this Iter<T> source, Func<T, TKey> keySelector, IComparer<TKey>? comparer = null) =>
        ExtremeBy(source, keySelector, comparer, sign: -1, nameof(MinBy));

    /// <summary>The element with the largest key (Python's <c>max(it, key=f)</c>, LINQ's <c>MaxBy</c>).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <param name="source">The iterator to consume.</param>
    /// <param name="keySelector">Computes the key; called once per element.</param>
    /// <param name="comparer">Orders the keys; <see langword="null"/> for <see cref="Comparer{T}.Default"/>.</param>
    /// <returns>The first element among those with the largest key (as Python's <c>max</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="keySelector"/> is <see langword="null"/>.</exception>
    /// <exception cref="IteratorExhaustedException"><paramref name="source"/> is empty.</exception>
    /// <remarks>Terminal: consumes to the end with internal iteration; never returns on an infinite source.</remarks>
    /// <example><code>Pull.Of("a", "bb", "cc").MaxBy(s =&gt; s.Length); // "bb"</code></example>
    public static T MaxBy<T, TKey>(this Iter<T> source, Func<T, TKey> keySelector, IComparer<TKey>? comparer = null) =>
        ExtremeBy(source, keySelector, comparer, sign: 1, nameof(MaxBy));

    private static T ExtremeBy<T, TKey>(Iter<T> source, Func<T, TKey> keySelector, IComparer<TKey>? comparer, int sign, string what)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(keySelector);
        var sink = new ExtremeBySink<T, TKey>(keySelector, comparer ?? Comparer<TKey>.Default, sign);
        source.TryFold(ref sink);
        return sink.Found ? sink.Best : ThrowHelper.ThrowExhausted<T>(what);
    }

    // Keeps the first element whose key no later key beats strictly.
    private struct ExtremeBySink<T, TKey>(Func<T, TKey> keySelector, IComparer<TKey> comparer, int sign) : ISink<T>
    {
        public bool Found;
        public T Best = default!;
        private TKey _bestKey = default!;

        public bool Accept(T item)
        {
            TKey key = keySelector(item);
            if (!Found || sign * comparer.Compare(key, _bestKey) > 0)
            {
                Best = item;
                _bestKey = key;
                Found = true;
            }
            return true;
        }
    }
}
