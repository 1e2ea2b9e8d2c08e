namespace Streams;

// LINQ's GroupBy, with System.Linq's own algorithm: groups in first-seen key order, elements in source order. Unlike
// GroupAdjacent (Python's itertools.groupby, which groups runs), equal keys anywhere in the source share one group.
public static partial class Pull
{
    /// <summary>Groups the elements by key (LINQ's <c>GroupBy</c>).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <param name="source">The upstream iterator; the result owns it.</param>
    /// <param name="keySelector">Computes an element's key.</param>
    /// <returns>A lazy, buffering iterator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="keySelector"/> is <see langword="null"/>.</exception>
    /// <remarks>Buffers: the first pull consumes <paramref name="source"/> to its end and keeps every element in its group;
    /// never returns on an infinite source. For runs of adjacent equal keys without buffering use <c>GroupAdjacent</c>.</remarks>
    public static Iter<IGrouping<TKey, TSource>> GroupBy<TSource, TKey>(this Iter<TSource> source, Func<TSource, TKey> keySelector)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(keySelector);
        return new BodyStage<TSource, IGrouping<TKey, TSource>>(source, s => Enumerable.GroupBy(AsLinqSource(s), keySelector));
    }

    /// <summary>Groups the elements by key (LINQ's <c>GroupBy</c>).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <param name="source">The upstream iterator; the result owns it.</param>
    /// <param name="keySelector">Computes an element's key.</param>
    /// <param name="comparer">How keys are compared; <see langword="null"/> for the default.</param>
    /// <returns>A lazy, buffering iterator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="keySelector"/> is <see langword="null"/>.</exception>
    /// <remarks>Buffers: the first pull consumes <paramref name="source"/> to its end and keeps every element in its group;
    /// never returns on an infinite source. For runs of adjacent equal keys without buffering use <c>GroupAdjacent</c>.</remarks>
    public static Iter<IGrouping<TKey, TSource>> GroupBy<TSource, TKey>(this Iter<TSource> source, Func<TSource, TKey> keySelector, IEqualityComparer<TKey>? comparer)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(keySelector);
        return new BodyStage<TSource, IGrouping<TKey, TSource>>(source, s => Enumerable.GroupBy(AsLinqSource(s), keySelector, comparer));
    }

    /// <summary>Groups the elements by key (LINQ's <c>GroupBy</c>).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="source">The upstream iterator; the result owns it.</param>
    /// <param name="keySelector">Computes an element's key.</param>
    /// <param name="resultSelector">Builds a result from a key and its group.</param>
    /// <returns>A lazy, buffering iterator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/>, <paramref name="keySelector"/> or <paramref name="resultSelector"/> is <see langword="null"/>.</exception>
    /// <remarks>Buffers: the first pull consumes <paramref name="source"/> to its end and keeps every element in its group;
    /// never returns on an infinite source. For runs of adjacent equal keys without buffering use <c>GroupAdjacent</c>.</remarks>
    public static Iter<TResult> GroupBy<TSource, TKey, TResult>(this Iter<TSource> source, Func<TSource, TKey> keySelector, Func<TKey, IEnumerable<TSource>, TResult> resultSelector)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(keySelector);
        ArgumentNullException.ThrowIfNull(resultSelector);
        return new BodyStage<TSource, TResult>(source, s => Enumerable.GroupBy(AsLinqSource(s), keySelector, resultSelector));
    }

    /// <summary>Groups the elements by key (LINQ's <c>GroupBy</c>).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="source">The upstream iterator; the result owns it.</param>
    /// <param name="keySelector">Computes an element's key.</param>
    /// <param name="resultSelector">Builds a result from a key and its group.</param>
    /// <param name="comparer">How keys are compared; <see langword="null"/> for the default.</param>
    /// <returns>A lazy, buffering iterator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/>, <paramref name="keySelector"/> or <paramref name="resultSelector"/> is <see langword="null"/>.</exception>
    /// <remarks>Buffers: the first pull consumes <paramref name="source"/> to its end and keeps every element in its group;
    /// never returns on an infinite source. For runs of adjacent equal keys without buffering use <c>GroupAdjacent</c>.</remarks>
    public static Iter<TResult> GroupBy<TSource, TKey, TResult>(this Iter<TSource> source, Func<TSource, TKey> keySelector, Func<TKey, IEnumerable<TSource>, TResult> resultSelector, IEqualityComparer<TKey>? comparer)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(keySelector);
        ArgumentNullException.ThrowIfNull(resultSelector);
        return new BodyStage<TSource, TResult>(source, s => Enumerable.GroupBy(AsLinqSource(s), keySelector, resultSelector, comparer));
    }

    /// <summary>Groups the elements by key (LINQ's <c>GroupBy</c>).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TElement">The type of the values grouped.</typeparam>
    /// <param name="source">The upstream iterator; the result owns it.</param>
    /// <param name="keySelector">Computes an element's key.</param>
    /// <param name="elementSelector">Computes the value grouped for an element.</param>
    /// <returns>A lazy, buffering iterator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/>, <paramref name="keySelector"/> or <paramref name="elementSelector"/> is <see langword="null"/>.</exception>
    /// <remarks>Buffers: the first pull consumes <paramref name="source"/> to its end and keeps every element in its group;
    /// never returns on an infinite source. For runs of adjacent equal keys without buffering use <c>GroupAdjacent</c>.</remarks>
    public static Iter<IGrouping<TKey, TElement>> GroupBy<TSource, TKey, TElement>(this Iter<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(keySelector);
        ArgumentNullException.ThrowIfNull(elementSelector);
        return new BodyStage<TSource, IGrouping<TKey, TElement>>(source, s => Enumerable.GroupBy(AsLinqSource(s), keySelector, elementSelector));
    }

    /// <summary>Groups the elements by key (LINQ's <c>GroupBy</c>).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TElement">The type of the values grouped.</typeparam>
    /// <param name="source">The upstream iterator; the result owns it.</param>
    /// <param name="keySelector">Computes an element's key.</param>
    /// <param name="elementSelector">Computes the value grouped for an element.</param>
    /// <param name="comparer">How keys are compared; <see langword="null"/> for the default.</param>
    /// <returns>A lazy, buffering iterator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/>, <paramref name="keySelector"/> or <paramref name="elementSelector"/> is <see langword="null"/>.</exception>
    /// <remarks>Buffers: the first pull consumes <paramref name="source"/> to its end and keeps every element in its group;
    /// never returns on an infinite source. For runs of adjacent equal keys without buffering use <c>GroupAdjacent</c>.</remarks>
    public static Iter<IGrouping<TKey, TElement>> GroupBy<TSource, TKey, TElement>(this Iter<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector, IEqualityComparer<TKey>? comparer)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(keySelector);
        ArgumentNullException.ThrowIfNull(elementSelector);
        return new BodyStage<TSource, IGrouping<TKey, TElement>>(source, s => Enumerable.GroupBy(AsLinqSource(s), keySelector, elementSelector, comparer));
    }

    /// <summary>Groups the elements by key (LINQ's <c>GroupBy</c>).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TElement">The type of the values grouped.</typeparam>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="source">The upstream iterator; the result owns it.</param>
    /// <param name="keySelector">Computes an element's key.</param>
    /// <param name="elementSelector">Computes the value grouped for an element.</param>
    /// <param name="resultSelector">Builds a result from a key and its group.</param>
    /// <returns>A lazy, buffering iterator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/>, <paramref name="keySelector"/>, <paramref name="elementSelector"/> or <paramref name="resultSelector"/> is <see langword="null"/>.</exception>
    /// <remarks>Buffers: the first pull consumes <paramref name="source"/> to its end and keeps every element in its group;
    /// never returns on an infinite source. For runs of adjacent equal keys without buffering use <c>GroupAdjacent</c>.</remarks>
    public static Iter<TResult> GroupBy<TSource, TKey, TElement, TResult>(this Iter<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector, Func<TKey, IEnumerable<TElement>, TResult> resultSelector)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(keySelector);
        ArgumentNullException.ThrowIfNull(elementSelector);
        ArgumentNullException.ThrowIfNull(resultSelector);
        return new BodyStage<TSource, TResult>(source, s => Enumerable.GroupBy(AsLinqSource(s), keySelector, elementSelector, resultSelector));
    }

    /// <summary>Groups the elements by key (LINQ's <c>GroupBy</c>).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TElement">The type of the values grouped.</typeparam>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="source">The upstream iterator; the result owns it.</param>
    /// <param name="keySelector">Computes an element's key.</param>
    /// <param name="elementSelector">Computes the value grouped for an element.</param>
    /// <param name="resultSelector">Builds a result from a key and its group.</param>
    /// <param name="comparer">How keys are compared; <see langword="null"/> for the default.</param>
    /// <returns>A lazy, buffering iterator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/>, <paramref name="keySelector"/>, <paramref name="elementSelector"/> or <paramref name="resultSelector"/> is <see langword="null"/>.</exception>
    /// <remarks>Buffers: the first pull consumes <paramref name="source"/> to its end and keeps every element in its group;
    /// never returns on an infinite source. For runs of adjacent equal keys without buffering use <c>GroupAdjacent</c>.</remarks>
    public static Iter<TResult> GroupBy<TSource, TKey, TElement, TResult>(this Iter<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector, Func<TKey, IEnumerable<TElement>, TResult> resultSelector, IEqualityComparer<TKey>? comparer)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(keySelector);
        ArgumentNullException.ThrowIfNull(elementSelector);
        ArgumentNullException.ThrowIfNull(resultSelector);
        return new BodyStage<TSource, TResult>(source, s => Enumerable.GroupBy(AsLinqSource(s), keySelector, elementSelector, resultSelector, comparer));
    }
}
