namespace Streams;

// LINQ's element operators: ElementAt(OrDefault), FirstOrDefault, Last(OrDefault), Single(OrDefault). Each consumes
// exactly what LINQ's own enumeration would: the short-circuiting ones stop where LINQ stops, the rest to the end.
public static partial class Pull
{
    /// <summary>The element at <paramref name="index"/> (LINQ's <c>ElementAt</c>).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The iterator; elements up to and including the result are consumed.</param>
    /// <param name="index">The zero-based position.</param>
    /// <returns>The element at <paramref name="index"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative or not less than the number of elements.</exception>
    /// <remarks>Terminal, short-circuiting: pulls <paramref name="index"/> + 1 elements; safe on infinite sources.
    /// Python's counterpart is <see cref="Nth{T}(Iter{T}, long)"/>.</remarks>
    public static TSource ElementAt<TSource>(this Iter<TSource> source, int index)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        return TryElementAt(source, index, out var item) ? item : throw new ArgumentOutOfRangeException(nameof(index));
    }

    /// <summary>The element at <paramref name="index"/>, which may count from the end (LINQ's <c>ElementAt</c>).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The iterator.</param>
    /// <param name="index">The position; <c>^1</c> is the last element.</param>
    /// <returns>The element at <paramref name="index"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is outside the sequence.</exception>
    /// <remarks>Terminal. From the start: pulls up to the element. From the end: consumes to the end, keeping only the
    /// last <c>index.Value</c> elements; never returns on an infinite source.</remarks>
    public static TSource ElementAt<TSource>(this Iter<TSource> source, Index index)
    {
        ArgumentNullException.ThrowIfNull(source);
        return Enumerable.ElementAt(AsLinqSource(source), index);
    }

    /// <summary>The element at <paramref name="index"/>, or <see langword="default"/> when there is none (LINQ's <c>ElementAtOrDefault</c>).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The iterator.</param>
    /// <param name="index">The zero-based position; a negative one gives <see langword="default"/>.</param>
    /// <returns>The element, or <see langword="default"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <remarks>Terminal, short-circuiting: pulls at most <paramref name="index"/> + 1 elements.</remarks>
    public static TSource? ElementAtOrDefault<TSource>(this Iter<TSource> source, int index)
    {
        ArgumentNullException.ThrowIfNull(source);
        return index >= 0 && TryElementAt(source, index, out var item) ? item : default;
    }

    /// <summary>The element at <paramref name="index"/> (which may count from the end), or <see langword="default"/>
    /// (LINQ's <c>ElementAtOrDefault</c>).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The iterator.</param>
    /// <param name="index">The position; <c>^1</c> is the last element.</param>
    /// <returns>The element, or <see langword="default"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <remarks>Terminal; from the end it consumes to the end (never returns on an infinite source).</remarks>
    public static TSource? ElementAtOrDefault<TSource>(this Iter<TSource> source, Index index)
    {
        ArgumentNullException.ThrowIfNull(source);
        return Enumerable.ElementAtOrDefault(AsLinqSource(source), index);
    }

    /// <summary>The first element, or <see langword="default"/> when empty (LINQ's <c>FirstOrDefault</c>).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The iterator; the first element is consumed.</param>
    /// <returns>The first element, or <see langword="default"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <remarks>Pulls at most one element; safe on infinite sources.</remarks>
    public static TSource? FirstOrDefault<TSource>(this Iter<TSource> source) => FirstOrDefault(source, default(TSource)!);

    /// <summary>The first element, or <paramref name="defaultValue"/> when empty (LINQ's <c>FirstOrDefault</c>, Python's <c>next(it, default)</c>).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The iterator; the first element is consumed.</param>
    /// <param name="defaultValue">What to return for an empty iterator.</param>
    /// <returns>The first element, or <paramref name="defaultValue"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <remarks>Pulls at most one element; safe on infinite sources.</remarks>
    public static TSource FirstOrDefault<TSource>(this Iter<TSource> source, TSource defaultValue)
    {
        ArgumentNullException.ThrowIfNull(source);
        return source.TryNext(out var item) ? item : defaultValue;
    }

    /// <summary>The first element that satisfies <paramref name="predicate"/>, or <see langword="default"/> (LINQ's <c>FirstOrDefault</c>).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The iterator; the match and everything before it are consumed.</param>
    /// <param name="predicate">The test.</param>
    /// <returns>The first match, or <see langword="default"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="predicate"/> is <see langword="null"/>.</exception>
    /// <remarks>Short-circuits; terminates on an infinite source only if some element matches.</remarks>
    public static TSource? FirstOrDefault<TSource>(this Iter<TSource> source, Func<TSource, bool> predicate) =>
        FirstOrDefault(source, predicate, default(TSource)!);

    /// <summary>The first element that satisfies <paramref name="predicate"/>, or <paramref name="defaultValue"/> (LINQ's <c>FirstOrDefault</c>).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The iterator; the match and everything before it are consumed.</param>
    /// <param name="predicate">The test.</param>
    /// <param name="defaultValue">What to return when nothing matches.</param>
    /// <returns>The first match, or <paramref name="defaultValue"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="predicate"/> is <see langword="null"/>.</exception>
    /// <remarks>Short-circuits; terminates on an infinite source only if some element matches.</remarks>
    public static TSource FirstOrDefault<TSource>(this Iter<TSource> source, Func<TSource, bool> predicate, TSource defaultValue)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(predicate);
        var sink = new FindSink<TSource>(predicate, want: true);
        source.TryFold(ref sink);
        return sink.Found ? sink.Item : defaultValue;
    }

    /// <summary>The last element that satisfies <paramref name="predicate"/> (LINQ's <c>Last</c>).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The iterator to consume.</param>
    /// <param name="predicate">The test.</param>
    /// <returns>The last match.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="predicate"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">No element matches (an <see cref="IteratorExhaustedException"/>).</exception>
    /// <remarks>Terminal: consumes to the end; never returns on an infinite source.</remarks>
    public static TSource Last<TSource>(this Iter<TSource> source, Func<TSource, bool> predicate)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(predicate);
        var sink = new LastMatchSink<TSource>(predicate);
        source.TryFold(ref sink);
        return sink.Found ? sink.Item : ThrowHelper.ThrowExhausted<TSource>(nameof(Last));
    }

    /// <summary>The last element, or <see langword="default"/> when empty (LINQ's <c>LastOrDefault</c>).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The iterator to consume.</param>
    /// <returns>The last element, or <see langword="default"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <remarks>Terminal: consumes to the end; never returns on an infinite source.</remarks>
    public static TSource? LastOrDefault<TSource>(this Iter<TSource> source) => LastOrDefault(source, default(TSource)!);

    /// <summary>The last element, or <paramref name="defaultValue"/> when empty (LINQ's <c>LastOrDefault</c>).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The iterator to consume.</param>
    /// <param name="defaultValue">What to return for an empty iterator.</param>
    /// <returns>The last element, or <paramref name="defaultValue"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <remarks>Terminal: consumes to the end; never returns on an infinite source.</remarks>
    public static TSource LastOrDefault<TSource>(this Iter<TSource> source, TSource defaultValue) =>
        LastOrDefault(source, static _ => true, defaultValue);

    /// <summary>The last element that satisfies <paramref name="predicate"/>, or <see langword="default"/> (LINQ's <c>LastOrDefault</c>).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The iterator to consume.</param>
    /// <param name="predicate">The test.</param>
    /// <returns>The last match, or <see langword="default"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="predicate"/> is <see langword="null"/>.</exception>
    /// <remarks>Terminal: consumes to the end; never returns on an infinite source.</remarks>
    public static TSource? LastOrDefault<TSource>(this Iter<TSource> source, Func<TSource, bool> predicate) =>
        LastOrDefault(source, predicate, default(TSource)!);

    /// <summary>The last element that satisfies <paramref name="predicate"/>, or <paramref name="defaultValue"/> (LINQ's <c>LastOrDefault</c>).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The iterator to consume.</param>
    /// <param name="predicate">The test.</param>
    /// <param name="defaultValue">What to return when nothing matches.</param>
    /// <returns>The last match, or <paramref name="defaultValue"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="predicate"/> is <see langword="null"/>.</exception>
    /// <remarks>Terminal: consumes to the end; never returns on an infinite source.</remarks>
    public static TSource LastOrDefault<TSource>(this Iter<TSource> source, Func<TSource, bool> predicate, TSource defaultValue)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(predicate);
        var sink = new LastMatchSink<TSource>(predicate);
        source.TryFold(ref sink);
        return sink.Found ? sink.Item : defaultValue;
    }

    /// <summary>The only element (LINQ's <c>Single</c>).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The iterator; at most two elements are pulled.</param>
    /// <returns>The only element.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The iterator is empty or has more than one element.</exception>
    /// <remarks>Terminal: pulls at most two elements, so it returns (by throwing) even on an infinite source.</remarks>
    public static TSource Single<TSource>(this Iter<TSource> source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return Enumerable.Single(AsLinqSource(source));
    }

    /// <summary>The only element that satisfies <paramref name="predicate"/> (LINQ's <c>Single</c>).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The iterator; consumed to the end or to the second match.</param>
    /// <param name="predicate">The test.</param>
    /// <returns>The only match.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="predicate"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">No element or more than one element matches.</exception>
    /// <remarks>Terminal: stops at a second match; otherwise consumes to the end.</remarks>
    public static TSource Single<TSource>(this Iter<TSource> source, Func<TSource, bool> predicate)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(predicate);
        return Enumerable.Single(AsLinqSource(source), predicate);
    }

    /// <summary>The only element, or <see langword="default"/> when empty (LINQ's <c>SingleOrDefault</c>).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The iterator; at most two elements are pulled.</param>
    /// <returns>The only element, or <see langword="default"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">There is more than one element.</exception>
    /// <remarks>Terminal: pulls at most two elements.</remarks>
    public static TSource? SingleOrDefault<TSource>(this Iter<TSource> source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return Enumerable.SingleOrDefault(AsLinqSource(source));
    }

    /// <summary>The only element, or <paramref name="defaultValue"/> when empty (LINQ's <c>SingleOrDefault</c>).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The iterator; at most two elements are pulled.</param>
    /// <param name="defaultValue">What to return for an empty iterator.</param>
    /// <returns>The only element, or <paramref name="defaultValue"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">There is more than one element.</exception>
    /// <remarks>Terminal: pulls at most two elements.</remarks>
    public static TSource SingleOrDefault<TSource>(this Iter<TSource> source, TSource defaultValue)
    {
        ArgumentNullException.ThrowIfNull(source);
        return Enumerable.SingleOrDefault(AsLinqSource(source), defaultValue);
    }

    /// <summary>The only match, or <see langword="default"/> when none (LINQ's <c>SingleOrDefault</c>).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The iterator; consumed to the end or to the second match.</param>
    /// <param name="predicate">The test.</param>
    /// <returns>The only match, or <see langword="default"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="predicate"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">More than one element matches.</exception>
    /// <remarks>Terminal: stops at a second match; otherwise consumes to the end.</remarks>
    public static TSource? SingleOrDefault<TSource>(this Iter<TSource> source, Func<TSource, bool> predicate)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(predicate);
        return Enumerable.SingleOrDefault(AsLinqSource(source), predicate);
    }

    /// <summary>The only match, or <paramref name="defaultValue"/> when none (LINQ's <c>SingleOrDefault</c>).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The iterator; consumed to the end or to the second match.</param>
    /// <param name="predicate">The test.</param>
    /// <param name="defaultValue">What to return when nothing matches.</param>
    /// <returns>The only match, or <paramref name="defaultValue"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="predicate"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">More than one element matches.</exception>
    /// <remarks>Terminal: stops at a second match; otherwise consumes to the end.</remarks>
    public static TSource SingleOrDefault<TSource>(this Iter<TSource> source, Func<TSource, bool> predicate, TSource defaultValue)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(predicate);
        return Enumerable.SingleOrDefault(AsLinqSource(source), predicate, defaultValue);
    }

    // The iterator seen as a plain sequence, for the few terminals whose exact LINQ behaviour (how far they pull,
    // which exception) is System.Linq's own algorithm. Pulls go through TryNext, so an exception still finishes it.
    private static IEnumerable<T> AsLinqSource<T>(Iter<T> source) => source;

    private static bool TryElementAt<T>(Iter<T> source, int index, out T item)
    {
        while (source.TryNext(out item!))
        {
            if (index-- == 0) return true;
        }
        return false;
    }

    private struct LastMatchSink<T>(Func<T, bool> predicate) : ISink<T>
    {
        public bool Found;
        public T Item = default!;

        public bool Accept(T item)
        {
            if (!predicate(item)) return true;
            Found = true;
            Item = item;
            return true;
        }
    }
}
