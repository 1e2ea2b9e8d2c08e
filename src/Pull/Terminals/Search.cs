namespace Streams;

public static partial class Pull
{
    /// <summary>Whether any element satisfies <paramref name="predicate"/> (Python's <c>any</c>).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The iterator to search.</param>
    /// <param name="predicate">The test.</param>
    /// <returns><see langword="true"/> at the first element that passes; <see langword="false"/> if none does.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="predicate"/> is <see langword="null"/>.</exception>
    /// <remarks>Short-circuits: stops right after the first match, which is consumed; the rest stays in
    /// <paramref name="source"/>. Terminates on an infinite source only if some element matches.</remarks>
    public static bool Any<T>(this Iter<T> source, Func<T, bool> predicate)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(predicate);
        var sink = new FindSink<T>(predicate, want: true);
        source.TryFold(ref sink);
        return sink.Found;
    }

    /// <summary>Whether every element satisfies <paramref name="predicate"/> (Python's <c>all</c>).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The iterator to search.</param>
    /// <param name="predicate">The test.</param>
    /// <returns><see langword="false"/> at the first element that fails; <see langword="true"/> if none does (also when empty).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="predicate"/> is <see langword="null"/>.</exception>
    /// <remarks>Short-circuits after the first failing element (consumed). Terminates on an infinite source only if some element fails.</remarks>
    public static bool All<T>(this Iter<T> source, Func<T, bool> predicate)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(predicate);
        var sink = new FindSink<T>(predicate, want: false);
        source.TryFold(ref sink);
        return !sink.Found;
    }

    /// <summary>Whether <paramref name="value"/> occurs (Python's <c>value in it</c>).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The iterator to search.</param>
    /// <param name="value">The element to look for, compared with <see cref="EqualityComparer{T}.Default"/>.</param>
    /// <returns><see langword="true"/> if found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <remarks>Short-circuits: stops right after the first match, which is consumed; the rest stays in
    /// <paramref name="source"/>, exactly like Python's <c>in</c> on an iterator. Terminates on an infinite source
    /// when the value is present.</remarks>
    /// <example><code>var it = Pull.Positives(); it.Contains(3); it.Next(); // 4</code></example>
    public static bool Contains<T>(this Iter<T> source, T value)
    {
        ArgumentNullException.ThrowIfNull(source);
        var sink = new ContainsSink<T>(value);
        source.TryFold(ref sink);
        return sink.Found;
    }

    /// <summary>The first element (Python's <c>next(it)</c>).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The iterator.</param>
    /// <returns>The first element; it is consumed, the rest stays in <paramref name="source"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <exception cref="IteratorExhaustedException"><paramref name="source"/> is empty.</exception>
    /// <remarks>Pulls exactly one element; safe on infinite sources.</remarks>
    public static T First<T>(this Iter<T> source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return source.TryNext(out var item) ? item : ThrowHelper.ThrowExhausted<T>(nameof(First));
    }

    /// <summary>The first element that satisfies <paramref name="predicate"/>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The iterator.</param>
    /// <param name="predicate">The test.</param>
    /// <returns>The first matching element; it and everything before it are consumed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="predicate"/> is <see langword="null"/>.</exception>
    /// <exception cref="IteratorExhaustedException">No element matches.</exception>
    /// <remarks>Short-circuits; terminates on an infinite source when some element matches.</remarks>
    public static T First<T>(this Iter<T> source, Func<T, bool> predicate)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(predicate);
        var sink = new FindSink<T>(predicate, want: true);
        source.TryFold(ref sink);
        return sink.Found ? sink.Item : ThrowHelper.ThrowExhausted<T>(nameof(First));
    }

    // Stops at the first element whose predicate result equals `want`, remembering it.
    private struct FindSink<T>(Func<T, bool> predicate, bool want) : ISink<T>
    {
        public bool Found;
        public T Item = default!;

        public bool Accept(T item)
        {
            if (predicate(item) != want) return true;
            Found = true;
            Item = item;
            return false;
        }
    }

    private struct ContainsSink<T>(T value) : ISink<T>
    {
        public bool Found;

        public bool Accept(T item)
        {
            if (!EqualityComparer<T>.Default.Equals(item, value)) return true;
            Found = true;
            return false;
        }
    }
}
