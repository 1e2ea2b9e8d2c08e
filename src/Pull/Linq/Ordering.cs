namespace Streams;

// LINQ's ordering operators: Order, OrderBy, their descending forms and ThenBy, plus Reverse and Shuffle. All buffer:
// nothing is pulled until the first pull, which consumes the source to its end (never returning on an infinite one).
public static partial class Pull
{
    /// <summary>The elements sorted from smallest to largest (LINQ's <c>Order</c>, Python's <c>sorted(it)</c>).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The upstream iterator; the result owns it.</param>
    /// <returns>A lazy, buffering iterator that owns <paramref name="source"/>; <c>ThenBy</c> refines it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <remarks>Buffers: the first pull consumes <paramref name="source"/> to its end and sorts stably (equal keys keep their
    /// order); never returns on an infinite source.</remarks>
    public static OrderedIter<T> Order<T>(this Iter<T> source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new OrderedIter<T>(source, s => Enumerable.Order(s));
    }

    /// <summary>The elements sorted from smallest to largest (LINQ's <c>Order</c>, Python's <c>sorted(it)</c>).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The upstream iterator; the result owns it.</param>
    /// <param name="comparer">How elements compare; <see langword="null"/> for the default.</param>
    /// <returns>A lazy, buffering iterator that owns <paramref name="source"/>; <c>ThenBy</c> refines it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <remarks>Buffers: the first pull consumes <paramref name="source"/> to its end and sorts stably (equal keys keep their
    /// order); never returns on an infinite source.</remarks>
    public static OrderedIter<T> Order<T>(this Iter<T> source, IComparer<T>? comparer)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new OrderedIter<T>(source, s => Enumerable.Order(s, comparer));
    }

    /// <summary>The elements sorted from largest to smallest (LINQ's <c>OrderDescending</c>).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The upstream iterator; the result owns it.</param>
    /// <returns>A lazy, buffering iterator that owns <paramref name="source"/>; <c>ThenBy</c> refines it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <remarks>Buffers: the first pull consumes <paramref name="source"/> to its end and sorts stably (equal keys keep their
    /// order); never returns on an infinite source.</remarks>
    public static OrderedIter<T> OrderDescending<T>(this Iter<T> source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new OrderedIter<T>(source, s => Enumerable.OrderDescending(s));
    }

    /// <summary>The elements sorted from largest to smallest (LINQ's <c>OrderDescending</c>).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The upstream iterator; the result owns it.</param>
    /// <param name="comparer">How elements compare; <see langword="null"/> for the default.</param>
    /// <returns>A lazy, buffering iterator that owns <paramref name="source"/>; <c>ThenBy</c> refines it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <remarks>Buffers: the first pull consumes <paramref name="source"/> to its end and sorts stably (equal keys keep their
    /// order); never returns on an infinite source.</remarks>
    public static OrderedIter<T> OrderDescending<T>(this Iter<T> source, IComparer<T>? comparer)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new OrderedIter<T>(source, s => Enumerable.OrderDescending(s, comparer));
    }

    /// <summary>The elements sorted by key (LINQ's <c>OrderBy</c>, Python's <c>sorted(it, key=f)</c>).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <param name="source">The upstream iterator; the result owns it.</param>
    /// <param name="keySelector">Computes an element's sort key, once per element.</param>
    /// <returns>A lazy, buffering iterator that owns <paramref name="source"/>; <c>ThenBy</c> refines it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="keySelector"/> is <see langword="null"/>.</exception>
    /// <remarks>Buffers: the first pull consumes <paramref name="source"/> to its end and sorts stably (equal keys keep their
    /// order); never returns on an infinite source.</remarks>
    public static OrderedIter<TSource> OrderBy<TSource, TKey>(this Iter<TSource> source, Func<TSource, TKey> keySelector)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(keySelector);
        return new OrderedIter<TSource>(source, s => Enumerable.OrderBy(s, keySelector));
    }

    /// <summary>The elements sorted by key (LINQ's <c>OrderBy</c>, Python's <c>sorted(it, key=f)</c>).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <param name="source">The upstream iterator; the result owns it.</param>
    /// <param name="keySelector">Computes an element's sort key, once per element.</param>
    /// <param name="comparer">How keys compare; <see langword="null"/> for the default.</param>
    /// <returns>A lazy, buffering iterator that owns <paramref name="source"/>; <c>ThenBy</c> refines it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="keySelector"/> is <see langword="null"/>.</exception>
    /// <remarks>Buffers: the first pull consumes <paramref name="source"/> to its end and sorts stably (equal keys keep their
    /// order); never returns on an infinite source.</remarks>
    public static OrderedIter<TSource> OrderBy<TSource, TKey>(this Iter<TSource> source, Func<TSource, TKey> keySelector, IComparer<TKey>? comparer)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(keySelector);
        return new OrderedIter<TSource>(source, s => Enumerable.OrderBy(s, keySelector, comparer));
    }

    /// <summary>The elements sorted by key, largest first (LINQ's <c>OrderByDescending</c>).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <param name="source">The upstream iterator; the result owns it.</param>
    /// <param name="keySelector">Computes an element's sort key, once per element.</param>
    /// <returns>A lazy, buffering iterator that owns <paramref name="source"/>; <c>ThenBy</c> refines it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="keySelector"/> is <see langword="null"/>.</exception>
    /// <remarks>Buffers: the first pull consumes <paramref name="source"/> to its end and sorts stably (equal keys keep their
    /// order); never returns on an infinite source.</remarks>
    public static OrderedIter<TSource> OrderByDescending<TSource, TKey>(this Iter<TSource> source, Func<TSource, TKey> keySelector)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(keySelector);
        return new OrderedIter<TSource>(source, s => Enumerable.OrderByDescending(s, keySelector));
    }

    /// <summary>The elements sorted by key, largest first (LINQ's <c>OrderByDescending</c>).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <param name="source">The upstream iterator; the result owns it.</param>
    /// <param name="keySelector">Computes an element's sort key, once per element.</param>
    /// <param name="comparer">How keys compare; <see langword="null"/> for the default.</param>
    /// <returns>A lazy, buffering iterator that owns <paramref name="source"/>; <c>ThenBy</c> refines it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="keySelector"/> is <see langword="null"/>.</exception>
    /// <remarks>Buffers: the first pull consumes <paramref name="source"/> to its end and sorts stably (equal keys keep their
    /// order); never returns on an infinite source.</remarks>
    public static OrderedIter<TSource> OrderByDescending<TSource, TKey>(this Iter<TSource> source, Func<TSource, TKey> keySelector, IComparer<TKey>? comparer)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(keySelector);
        return new OrderedIter<TSource>(source, s => Enumerable.OrderByDescending(s, keySelector, comparer));
    }

    /// <summary>Sorts the elements that compare equal so far by a further key (LINQ's <c>ThenBy</c>).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <param name="source">An ordering not pulled yet; the result takes over its source.</param>
    /// <param name="keySelector">Computes an element's secondary key.</param>
    /// <returns>A lazy, buffering iterator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="keySelector"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="source"/> has already been pulled.</exception>
    /// <remarks>Pulls nothing; the sort runs at the first pull of the result (see <see cref="OrderedIter{TElement}"/>).</remarks>
    public static OrderedIter<TSource> ThenBy<TSource, TKey>(this OrderedIter<TSource> source, Func<TSource, TKey> keySelector)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(keySelector);
        return source.Then(o => Enumerable.ThenBy(o, keySelector));
    }

    /// <summary>Sorts the elements that compare equal so far by a further key (LINQ's <c>ThenBy</c>).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <param name="source">An ordering not pulled yet; the result takes over its source.</param>
    /// <param name="keySelector">Computes an element's secondary key.</param>
    /// <param name="comparer">How keys compare; <see langword="null"/> for the default.</param>
    /// <returns>A lazy, buffering iterator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="keySelector"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="source"/> has already been pulled.</exception>
    /// <remarks>Pulls nothing; the sort runs at the first pull of the result (see <see cref="OrderedIter{TElement}"/>).</remarks>
    public static OrderedIter<TSource> ThenBy<TSource, TKey>(this OrderedIter<TSource> source, Func<TSource, TKey> keySelector, IComparer<TKey>? comparer)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(keySelector);
        return source.Then(o => Enumerable.ThenBy(o, keySelector, comparer));
    }

    /// <summary>Sorts the elements that compare equal so far by a further key, largest first (LINQ's <c>ThenByDescending</c>).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <param name="source">An ordering not pulled yet; the result takes over its source.</param>
    /// <param name="keySelector">Computes an element's secondary key.</param>
    /// <returns>A lazy, buffering iterator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="keySelector"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="source"/> has already been pulled.</exception>
    /// <remarks>Pulls nothing; the sort runs at the first pull of the result (see <see cref="OrderedIter{TElement}"/>).</remarks>
    public static OrderedIter<TSource> ThenByDescending<TSource, TKey>(this OrderedIter<TSource> source, Func<TSource, TKey> keySelector)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(keySelector);
        return source.Then(o => Enumerable.ThenByDescending(o, keySelector));
    }

    /// <summary>Sorts the elements that compare equal so far by a further key, largest first (LINQ's <c>ThenByDescending</c>).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <param name="source">An ordering not pulled yet; the result takes over its source.</param>
    /// <param name="keySelector">Computes an element's secondary key.</param>
    /// <param name="comparer">How keys compare; <see langword="null"/> for the default.</param>
    /// <returns>A lazy, buffering iterator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="keySelector"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="source"/> has already been pulled.</exception>
    /// <remarks>Pulls nothing; the sort runs at the first pull of the result (see <see cref="OrderedIter{TElement}"/>).</remarks>
    public static OrderedIter<TSource> ThenByDescending<TSource, TKey>(this OrderedIter<TSource> source, Func<TSource, TKey> keySelector, IComparer<TKey>? comparer)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(keySelector);
        return source.Then(o => Enumerable.ThenByDescending(o, keySelector, comparer));
    }

    /// <summary>The elements in reverse order (LINQ's <c>Reverse</c>, Python's <c>reversed(list(it))</c>).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The upstream iterator; the result owns it.</param>
    /// <returns>A lazy, buffering iterator that owns <paramref name="source"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <remarks>Buffers: the first pull consumes <paramref name="source"/> to its end; never returns on an infinite source.</remarks>
    public static Iter<TSource> Reverse<TSource>(this Iter<TSource> source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new BodyStage<TSource, TSource>(source, static s => Enumerable.Reverse(AsLinqSource(s)));
    }

    /// <summary>The elements in a random order (LINQ's <c>Shuffle</c>, Python's <c>random.shuffle</c> on a copy).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The upstream iterator; the result owns it.</param>
    /// <returns>A lazy, buffering iterator that owns <paramref name="source"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <remarks>Buffers: the first pull consumes <paramref name="source"/> to its end, then shuffles with <see cref="Random.Shared"/>;
    /// never returns on an infinite source.</remarks>
    public static Iter<TSource> Shuffle<TSource>(this Iter<TSource> source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new BodyStage<TSource, TSource>(source, static s => Enumerable.Shuffle(AsLinqSource(s)));
    }
}
