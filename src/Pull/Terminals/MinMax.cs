namespace Streams;

public static partial class Pull
{
    /// <summary>The smallest element (Python's <c>min</c>), compared with <see cref="Comparer{T}.Default"/>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The iterator to consume.</param>
    /// <returns>The first of the smallest elements.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <exception cref="IteratorExhaustedException"><paramref name="source"/> is empty.</exception>
    /// <remarks>Terminal: consumes to the end with internal iteration; never returns on an infinite source.</remarks>
    /// <example><code>Pull.Of(3, 1, 2).Min(); // 1</code></example>
    public static T Min<T>(this Iter<T> source) => Extreme(source, Comparer<T>.Default, sign: -1, nameof(Min));

    /// <summary>The smallest element according to <paramref name="comparer"/> (Python's <c>min</c>).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The iterator to consume.</param>
    /// <param name="comparer">The ordering; <see langword="null"/> for <see cref="Comparer{T}.Default"/>.</param>
    /// <returns>The first of the smallest elements.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <exception cref="IteratorExhaustedException"><paramref name="source"/> is empty.</exception>
    /// <remarks>Terminal: consumes to the end; never returns on an infinite source.</remarks>
    /// <example><code>Pull.Of("bb", "a").Min(StringComparer.Ordinal); // "a"</code></example>
    public static T Min<T>(this Iter<T> source, IComparer<T>? comparer) =>
        Extreme(source, comparer ?? Comparer<T>.Default, sign: -1, nameof(Min));

    /// <summary>The largest element (Python's <c>max</c>), compared with <see cref="Comparer{T}.Default"/>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The iterator to consume.</param>
    /// <returns>The first of the largest elements.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <exception cref="IteratorExhaustedException"><paramref name="source"/> is empty.</exception>
    /// <remarks>Terminal: consumes to the end with internal iteration; never returns on an infinite source.</remarks>
    /// <example><code>Pull.Of(3, 1, 2).Max(); // 3</code></example>
    public static T Max<T>(this Iter<T> source) => Extreme(source, Comparer<T>.Default, sign: 1, nameof(Max));

    /// <summary>The largest element according to <paramref name="comparer"/> (Python's <c>max</c>).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The iterator to consume.</param>
    /// <param name="comparer">The ordering; <see langword="null"/> for <see cref="Comparer{T}.Default"/>.</param>
    /// <returns>The first of the largest elements.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <exception cref="IteratorExhaustedException"><paramref name="source"/> is empty.</exception>
    /// <remarks>Terminal: consumes to the end; never returns on an infinite source.</remarks>
    /// <example><code>Pull.Of("bb", "a").Max(StringComparer.Ordinal); // "bb"</code></example>
    public static T Max<T>(this Iter<T> source, IComparer<T>? comparer) =>
        Extreme(source, comparer ?? Comparer<T>.Default, sign: 1, nameof(Max));

    private static T Extreme<T>(Iter<T> source, IComparer<T> comparer, int sign, string what)
    {
        ArgumentNullException.ThrowIfNull(source);
        var sink = new ExtremeSink<T>(comparer, sign);
        source.TryFold(ref sink);
        return sink.Found ? sink.Best : ThrowHelper.ThrowExhausted<T>(what);
    }

    // Keeps the first element that no later one beats strictly (sign -1: smaller beats, +1: larger beats).
    private struct ExtremeSink<T>(IComparer<T> comparer, int sign) : ISink<T>
    {
        public bool Found;
        public T Best = default!;

        public bool Accept(T item)
        {
            if (!Found || sign * comparer.Compare(item, Best) > 0)
            {
                Best = item;
                Found = true;
            }
            return true;
        }
    }
}
