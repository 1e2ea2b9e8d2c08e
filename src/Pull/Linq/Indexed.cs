namespace Streams;

// LINQ's index-taking overloads (Select, Where, TakeWhile, SkipWhile, SelectMany with (element, index)), SkipWhile,
// SelectMany over IEnumerable inners, and Index. Indices are int and checked, as in LINQ: the 2^31-st element
// throws OverflowException. Single-pass, nothing buffered, safe on infinite sources.
public static partial class Pull
{
    /// <summary>Applies <paramref name="selector"/> to each element and its index (LINQ's <c>Select</c>).</summary>
    /// <typeparam name="TSource">The input element type.</typeparam>
    /// <typeparam name="TResult">The output element type.</typeparam>
    /// <param name="source">The upstream iterator; the result owns it.</param>
    /// <param name="selector">Called with each element and its zero-based index.</param>
    /// <returns>A lazy iterator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="selector"/> is <see langword="null"/>.</exception>
    /// <remarks>Lazy, one pull per element; safe on infinite sources.</remarks>
    public static Iter<TResult> Select<TSource, TResult>(this Iter<TSource> source, Func<TSource, int, TResult> selector)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(selector);
        return new BodyStage<TSource, TResult>(source, s => SelectIndexed(s, selector));
    }

    /// <summary>The elements for which <paramref name="predicate"/>(element, index) holds (LINQ's <c>Where</c>).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The upstream iterator; the result owns it.</param>
    /// <param name="predicate">Called with each element and its zero-based index in <paramref name="source"/>.</param>
    /// <returns>A lazy iterator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="predicate"/> is <see langword="null"/>.</exception>
    /// <remarks>Lazy: pulls until the next match; safe on infinite sources while matches keep coming.</remarks>
    public static Iter<TSource> Where<TSource>(this Iter<TSource> source, Func<TSource, int, bool> predicate)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(predicate);
        return new BodyStage<TSource, TSource>(source, s => WhereIndexed(s, predicate));
    }

    /// <summary>The leading elements for which <paramref name="predicate"/>(element, index) holds (LINQ's <c>TakeWhile</c>).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The upstream iterator; the result owns it.</param>
    /// <param name="predicate">Called with each element and its zero-based index.</param>
    /// <returns>A lazy iterator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="predicate"/> is <see langword="null"/>.</exception>
    /// <remarks>Lazy; the first failing element is pulled and dropped, as with <c>TakeWhile(predicate)</c>. Safe on
    /// infinite sources.</remarks>
    public static Iter<TSource> TakeWhile<TSource>(this Iter<TSource> source, Func<TSource, int, bool> predicate)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(predicate);
        return new BodyStage<TSource, TSource>(source, s => TakeWhileIndexed(s, predicate));
    }

    /// <summary>Drops the leading elements for which <paramref name="predicate"/> holds, then produces the rest (LINQ's
    /// <c>SkipWhile</c>; the same as <see cref="DropWhile{T}(Iter{T}, Func{T, bool})"/>).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The upstream iterator; the result owns it.</param>
    /// <param name="predicate">The test, called until it first fails.</param>
    /// <returns>A lazy iterator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="predicate"/> is <see langword="null"/>.</exception>
    /// <remarks>Lazy; the first pull runs until an element fails the test (forever on an infinite source where all pass).</remarks>
    public static Iter<TSource> SkipWhile<TSource>(this Iter<TSource> source, Func<TSource, bool> predicate) =>
        source.DropWhile(predicate);

    /// <summary>Drops the leading elements for which <paramref name="predicate"/>(element, index) holds (LINQ's <c>SkipWhile</c>).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The upstream iterator; the result owns it.</param>
    /// <param name="predicate">Called with each element and its zero-based index until it first fails.</param>
    /// <returns>A lazy iterator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="predicate"/> is <see langword="null"/>.</exception>
    /// <remarks>Lazy; the first pull runs until an element fails the test.</remarks>
    public static Iter<TSource> SkipWhile<TSource>(this Iter<TSource> source, Func<TSource, int, bool> predicate)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(predicate);
        return new BodyStage<TSource, TSource>(source, s => SkipWhileIndexed(s, predicate));
    }

    /// <summary>Each element with its zero-based index (LINQ's <c>Index</c>; Python's <c>enumerate</c> is
    /// <see cref="Enumerate{T}(Iter{T}, long)"/>, with a <see cref="long"/> index and a start).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The upstream iterator; the result owns it.</param>
    /// <returns>A lazy iterator of (index, element) pairs.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <remarks>Lazy, one pull per element; safe on infinite sources.</remarks>
    public static Iter<(int Index, TSource Item)> Index<TSource>(this Iter<TSource> source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new BodyStage<TSource, (int, TSource)>(source, static s => SelectIndexed(s, static (x, i) => (i, x)));
    }

    /// <summary>Flattens the sequence <paramref name="selector"/> gives for each element (LINQ's <c>SelectMany</c>).</summary>
    /// <typeparam name="TSource">The input element type.</typeparam>
    /// <typeparam name="TResult">The output element type.</typeparam>
    /// <param name="source">The upstream iterator; the result owns it.</param>
    /// <param name="selector">Gives the inner sequence of an element; an <see cref="Iter{T}"/> result binds to the
    /// <see cref="Iter{T}"/>-returning overload.</param>
    /// <returns>A lazy iterator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="selector"/> is <see langword="null"/>.</exception>
    /// <remarks>Lazy: one inner sequence at a time; safe on infinite sources.</remarks>
    public static Iter<TResult> SelectMany<TSource, TResult>(this Iter<TSource> source, Func<TSource, IEnumerable<TResult>> selector)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(selector);
        return source.SelectMany(selector, static (_, inner) => inner);
    }

    /// <summary>Flattens the sequence <paramref name="selector"/> gives for each element and its index (LINQ's <c>SelectMany</c>).</summary>
    /// <typeparam name="TSource">The input element type.</typeparam>
    /// <typeparam name="TResult">The output element type.</typeparam>
    /// <param name="source">The upstream iterator; the result owns it.</param>
    /// <param name="selector">Gives the inner sequence of an element and its zero-based index.</param>
    /// <returns>A lazy iterator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="selector"/> is <see langword="null"/>.</exception>
    /// <remarks>Lazy: one inner sequence at a time; safe on infinite sources.</remarks>
    public static Iter<TResult> SelectMany<TSource, TResult>(this Iter<TSource> source, Func<TSource, int, IEnumerable<TResult>> selector)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(selector);
        return new BodyStage<TSource, TResult>(source, s => Enumerable.SelectMany(AsLinqSource(s), selector));
    }

    /// <summary>Flattens the sequence <paramref name="collectionSelector"/> gives for each element and its index, combining
    /// each inner element with its outer one (LINQ's <c>SelectMany</c>).</summary>
    /// <typeparam name="TSource">The input element type.</typeparam>
    /// <typeparam name="TCollection">The inner element type.</typeparam>
    /// <typeparam name="TResult">The output element type.</typeparam>
    /// <param name="source">The upstream iterator; the result owns it.</param>
    /// <param name="collectionSelector">Gives the inner sequence of an element and its zero-based index.</param>
    /// <param name="resultSelector">Combines an outer element with one of its inner elements.</param>
    /// <returns>A lazy iterator.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <remarks>Lazy: one inner sequence at a time; safe on infinite sources.</remarks>
    public static Iter<TResult> SelectMany<TSource, TCollection, TResult>(this Iter<TSource> source,
        Func<TSource, int, IEnumerable<TCollection>> collectionSelector, Func<TSource, TCollection, TResult> resultSelector)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(collectionSelector);
        ArgumentNullException.ThrowIfNull(resultSelector);
        return new BodyStage<TSource, TResult>(
            source, s => Enumerable.SelectMany(AsLinqSource(s), collectionSelector, resultSelector));
    }

    private static IEnumerable<TResult> SelectIndexed<TSource, TResult>(Iter<TSource> source, Func<TSource, int, TResult> selector)
    {
        int index = -1;
        while (source.Step(out var item)) yield return selector(item, checked(++index));
    }

    private static IEnumerable<T> WhereIndexed<T>(Iter<T> source, Func<T, int, bool> predicate)
    {
        int index = -1;
        while (source.Step(out var item))
        {
            if (predicate(item, checked(++index))) yield return item;
        }
    }

    private static IEnumerable<T> TakeWhileIndexed<T>(Iter<T> source, Func<T, int, bool> predicate)
    {
        int index = -1;
        while (source.Step(out var item))
        {
            if (!predicate(item, checked(++index))) yield break;
            yield return item;
        }
    }

    private static IEnumerable<T> SkipWhileIndexed<T>(Iter<T> source, Func<T, int, bool> predicate)
    {
        int index = -1;
        while (source.Step(out var item))
        {
            if (predicate(item, checked(++index))) continue;
            yield return item;
            while (source.Step(out item)) yield return item;
            yield break; // the source said end: never pull it again
        }
    }
}
