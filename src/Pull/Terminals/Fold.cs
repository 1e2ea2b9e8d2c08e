namespace Streams;

public static partial class Pull
{
    /// <summary>Combines every element into an accumulator, left to right (Python's <c>functools.reduce</c> with an initial value, LINQ's <c>Aggregate</c>).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <typeparam name="TAccumulate">The accumulator type.</typeparam>
    /// <param name="source">The iterator to consume.</param>
    /// <param name="seed">The initial accumulator.</param>
    /// <param name="folder">Combines the accumulator with the next element.</param>
    /// <returns>The final accumulator; <paramref name="seed"/> for an empty iterator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="folder"/> is <see langword="null"/>.</exception>
    /// <remarks>Terminal: consumes to the end with internal iteration. Never returns on an infinite source.</remarks>
    /// <example><code>Pull.Range(1, 5).Fold(1L, (acc, x) =&gt; acc * x); // 24</code></example>
    public static TAccumulate Fold<T, TAccumulate>(this Iter<T> source, TAccumulate seed, Func<TAccumulate, T, TAccumulate> folder)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(folder);
        var sink = new FoldSink<T, TAccumulate>(seed, folder);
        source.TryFold(ref sink);
        return sink.Accumulator;
    }

    /// <summary>Calls <paramref name="action"/> on every element, in order.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The iterator to consume.</param>
    /// <param name="action">What to do with each element.</param>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="action"/> is <see langword="null"/>.</exception>
    /// <remarks>Terminal: consumes to the end with internal iteration. Never returns on an infinite source.
    /// An exception from <paramref name="action"/> finishes and releases the iterator.</remarks>
    public static void ForEach<T>(this Iter<T> source, Action<T> action)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(action);
        var sink = new ActionSink<T>(action);
        source.TryFold(ref sink);
    }

    private struct FoldSink<T, TAccumulate>(TAccumulate seed, Func<TAccumulate, T, TAccumulate> folder) : ISink<T>
    {
        public TAccumulate Accumulator = seed;

        public bool Accept(T item)
        {
            Accumulator = folder(Accumulator, item);
            return true;
        }
    }

    private readonly struct ActionSink<T>(Action<T> action) : ISink<T>
    {
        public bool Accept(T item)
        {
            action(item);
            return true;
        }
    }
}
