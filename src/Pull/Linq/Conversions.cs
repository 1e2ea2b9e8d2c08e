namespace Streams;

// LINQ's collection-building terminals (ToDictionary, ToHashSet, ToLookup) and AsEnumerable. Each consumes the
// iterator to its end through System.Linq's own algorithm, so duplicate keys, null keys and comparers behave exactly
// as in LINQ; none returns on an infinite source.
public static partial class Pull
{
    /// <summary>Collects key/value pairs into a dictionary (LINQ's <c>ToDictionary</c>).</summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TValue">The value type.</typeparam>
    /// <param name="source">The iterator to consume.</param>
    /// <returns>A new collection holding every element.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Two elements have the same key.</exception>
    /// <remarks>Terminal: consumes to the end; never returns on an infinite source.</remarks>
    public static Dictionary<TKey, TValue> ToDictionary<TKey, TValue>(this Iter<KeyValuePair<TKey, TValue>> source) where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(source);
        return Enumerable.ToDictionary(AsLinqSource(source));
    }

    /// <summary>Collects key/value pairs into a dictionary (LINQ's <c>ToDictionary</c>).</summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TValue">The value type.</typeparam>
    /// <param name="source">The iterator to consume.</param>
    /// <param name="comparer">How keys are compared; <see langword="null"/> for the default.</param>
    /// <returns>A new collection holding every element.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Two elements have the same key.</exception>
    /// <remarks>Terminal: consumes to the end; never returns on an infinite source.</remarks>
    public static Dictionary<TKey, TValue> ToDictionary<TKey, TValue>(this Iter<KeyValuePair<TKey, TValue>> source, IEqualityComparer<TKey>? comparer) where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(source);
        return Enumerable.ToDictionary(AsLinqSource(source), comparer);
    }

    /// <summary>Collects key/value tuples into a dictionary (LINQ's <c>ToDictionary</c>).</summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TValue">The value type.</typeparam>
    /// <param name="source">The iterator to consume.</param>
    /// <returns>A new collection holding every element.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Two elements have the same key.</exception>
    /// <remarks>Terminal: consumes to the end; never returns on an infinite source.</remarks>
    public static Dictionary<TKey, TValue> ToDictionary<TKey, TValue>(this Iter<(TKey Key, TValue Value)> source) where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(source);
        return Enumerable.ToDictionary(AsLinqSource(source));
    }

    /// <summary>Collects key/value tuples into a dictionary (LINQ's <c>ToDictionary</c>).</summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TValue">The value type.</typeparam>
    /// <param name="source">The iterator to consume.</param>
    /// <param name="comparer">How keys are compared; <see langword="null"/> for the default.</param>
    /// <returns>A new collection holding every element.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Two elements have the same key.</exception>
    /// <remarks>Terminal: consumes to the end; never returns on an infinite source.</remarks>
    public static Dictionary<TKey, TValue> ToDictionary<TKey, TValue>(this Iter<(TKey Key, TValue Value)> source, IEqualityComparer<TKey>? comparer) where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(source);
        return Enumerable.ToDictionary(AsLinqSource(source), comparer);
    }

    /// <summary>Collects the elements into a dictionary by key (LINQ's <c>ToDictionary</c>).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <param name="source">The iterator to consume.</param>
    /// <param name="keySelector">Computes an element's key.</param>
    /// <returns>A new collection holding every element.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="keySelector"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Two elements have the same key.</exception>
    /// <remarks>Terminal: consumes to the end; never returns on an infinite source.</remarks>
    public static Dictionary<TKey, TSource> ToDictionary<TSource, TKey>(this Iter<TSource> source, Func<TSource, TKey> keySelector) where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(keySelector);
        return Enumerable.ToDictionary(AsLinqSource(source), keySelector);
    }

    /// <summary>Collects the elements into a dictionary by key (LINQ's <c>ToDictionary</c>).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <param name="source">The iterator to consume.</param>
    /// <param name="keySelector">Computes an element's key.</param>
    /// <param name="comparer">How keys are compared; <see langword="null"/> for the default.</param>
    /// <returns>A new collection holding every element.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="keySelector"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Two elements have the same key.</exception>
    /// <remarks>Terminal: consumes to the end; never returns on an infinite source.</remarks>
    public static Dictionary<TKey, TSource> ToDictionary<TSource, TKey>(this Iter<TSource> source, Func<TSource, TKey> keySelector, IEqualityComparer<TKey>? comparer) where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(keySelector);
        return Enumerable.ToDictionary(AsLinqSource(source), keySelector, comparer);
    }

    /// <summary>Collects a value per element into a dictionary by key (LINQ's <c>ToDictionary</c>).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TElement">The value type.</typeparam>
    /// <param name="source">The iterator to consume.</param>
    /// <param name="keySelector">Computes an element's key.</param>
    /// <param name="elementSelector">Computes an element's value.</param>
    /// <returns>A new collection holding every element.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="keySelector"/> or <paramref name="elementSelector"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Two elements have the same key.</exception>
    /// <remarks>Terminal: consumes to the end; never returns on an infinite source.</remarks>
    public static Dictionary<TKey, TElement> ToDictionary<TSource, TKey, TElement>(this Iter<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector) where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(keySelector);
        ArgumentNullException.ThrowIfNull(elementSelector);
        return Enumerable.ToDictionary(AsLinqSource(source), keySelector, elementSelector);
    }

    /// <summary>Collects a value per element into a dictionary by key (LINQ's <c>ToDictionary</c>).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TElement">The value type.</typeparam>
    /// <param name="source">The iterator to consume.</param>
    /// <param name="keySelector">Computes an element's key.</param>
    /// <param name="elementSelector">Computes an element's value.</param>
    /// <param name="comparer">How keys are compared; <see langword="null"/> for the default.</param>
    /// <returns>A new collection holding every element.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="keySelector"/> or <paramref name="elementSelector"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Two elements have the same key.</exception>
    /// <remarks>Terminal: consumes to the end; never returns on an infinite source.</remarks>
    public static Dictionary<TKey, TElement> ToDictionary<TSource, TKey, TElement>(this Iter<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector, IEqualityComparer<TKey>? comparer) where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(keySelector);
        ArgumentNullException.ThrowIfNull(elementSelector);
        return Enumerable.ToDictionary(AsLinqSource(source), keySelector, elementSelector, comparer);
    }

    /// <summary>Collects the distinct elements into a hash set (LINQ's <c>ToHashSet</c>, Python's <c>set(it)</c>).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The iterator to consume.</param>
    /// <returns>A new collection holding every element.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <remarks>Terminal: consumes to the end; never returns on an infinite source.</remarks>
    public static HashSet<TSource> ToHashSet<TSource>(this Iter<TSource> source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new HashSet<TSource>(AsLinqSource(source));
    }

    /// <summary>Collects the distinct elements into a hash set (LINQ's <c>ToHashSet</c>).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The iterator to consume.</param>
    /// <param name="comparer">How elements (or keys) are compared; <see langword="null"/> for the default.</param>
    /// <returns>A new collection holding every element.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <remarks>Terminal: consumes to the end; never returns on an infinite source.</remarks>
    public static HashSet<TSource> ToHashSet<TSource>(this Iter<TSource> source, IEqualityComparer<TSource>? comparer)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new HashSet<TSource>(AsLinqSource(source), comparer);
    }

    /// <summary>Groups the elements by key into a lookup (LINQ's <c>ToLookup</c>).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <param name="source">The iterator to consume.</param>
    /// <param name="keySelector">Computes an element's key.</param>
    /// <returns>A new collection holding every element.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="keySelector"/> is <see langword="null"/>.</exception>
    /// <remarks>Terminal: consumes to the end; never returns on an infinite source.</remarks>
    public static ILookup<TKey, TSource> ToLookup<TSource, TKey>(this Iter<TSource> source, Func<TSource, TKey> keySelector)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(keySelector);
        return Enumerable.ToLookup(AsLinqSource(source), keySelector);
    }

    /// <summary>Groups the elements by key into a lookup (LINQ's <c>ToLookup</c>).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <param name="source">The iterator to consume.</param>
    /// <param name="keySelector">Computes an element's key.</param>
    /// <param name="comparer">How elements (or keys) are compared; <see langword="null"/> for the default.</param>
    /// <returns>A new collection holding every element.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="keySelector"/> is <see langword="null"/>.</exception>
    /// <remarks>Terminal: consumes to the end; never returns on an infinite source.</remarks>
    public static ILookup<TKey, TSource> ToLookup<TSource, TKey>(this Iter<TSource> source, Func<TSource, TKey> keySelector, IEqualityComparer<TKey>? comparer)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(keySelector);
        return Enumerable.ToLookup(AsLinqSource(source), keySelector, comparer);
    }

    /// <summary>Groups a value per element by key into a lookup (LINQ's <c>ToLookup</c>).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TElement">The value type.</typeparam>
    /// <param name="source">The iterator to consume.</param>
    /// <param name="keySelector">Computes an element's key.</param>
    /// <param name="elementSelector">Computes an element's value.</param>
    /// <returns>A new collection holding every element.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="keySelector"/> or <paramref name="elementSelector"/> is <see langword="null"/>.</exception>
    /// <remarks>Terminal: consumes to the end; never returns on an infinite source.</remarks>
    public static ILookup<TKey, TElement> ToLookup<TSource, TKey, TElement>(this Iter<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(keySelector);
        ArgumentNullException.ThrowIfNull(elementSelector);
        return Enumerable.ToLookup(AsLinqSource(source), keySelector, elementSelector);
    }

    /// <summary>Groups a value per element by key into a lookup (LINQ's <c>ToLookup</c>).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TElement">The value type.</typeparam>
    /// <param name="source">The iterator to consume.</param>
    /// <param name="keySelector">Computes an element's key.</param>
    /// <param name="elementSelector">Computes an element's value.</param>
    /// <param name="comparer">How elements (or keys) are compared; <see langword="null"/> for the default.</param>
    /// <returns>A new collection holding every element.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="keySelector"/> or <paramref name="elementSelector"/> is <see langword="null"/>.</exception>
    /// <remarks>Terminal: consumes to the end; never returns on an infinite source.</remarks>
    public static ILookup<TKey, TElement> ToLookup<TSource, TKey, TElement>(this Iter<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector, IEqualityComparer<TKey>? comparer)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(keySelector);
        ArgumentNullException.ThrowIfNull(elementSelector);
        return Enumerable.ToLookup(AsLinqSource(source), keySelector, elementSelector, comparer);
    }

    /// <summary>The iterator typed as <see cref="IEnumerable{T}"/> (LINQ's <c>AsEnumerable</c>): the way to hand a
    /// pipeline on to System.Linq on purpose.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The iterator; returned as it is.</param>
    /// <returns><paramref name="source"/> itself, so further calls bind to System.Linq.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <remarks>Pulls nothing. The result is still one pass: enumerating it consumes <paramref name="source"/>.</remarks>
    public static IEnumerable<TSource> AsEnumerable<TSource>(this Iter<TSource> source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return source;
    }
}
