namespace Streams;

public static partial class Pull
{
    /// <summary>LINQ query-syntax support: <c>select</c> over an <see cref="Iter{T}"/> (forwards to <see cref="Map{TSource, TResult}(Iter{TSource}, Func{TSource, TResult})"/>).</summary>
    /// <typeparam name="TSource">The input element type.</typeparam>
    /// <typeparam name="TResult">The output element type.</typeparam>
    /// <param name="source">The upstream iterator; the result owns it.</param>
    /// <param name="selector">The projection.</param>
    /// <returns>A lazy iterator of projected elements (an <see cref="Iter{T}"/>, not an <see cref="IEnumerable{T}"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="selector"/> is <see langword="null"/>.</exception>
    /// <remarks>Lazy; safe on infinite sources. Because the first parameter is <see cref="Iter{T}"/>, this overload wins
    /// over <see cref="Enumerable.Select{TSource, TResult}(IEnumerable{TSource}, Func{TSource, TResult})"/>, so queries stay
    /// iterators.</remarks>
    /// <example><code>(from x in Pull.Positives() where x % 2 == 0 select x * x).Take(3).ToList(); // [4, 16, 36]</code></example>
    public static Iter<TResult> Select<TSource, TResult>(this Iter<TSource> source, Func<TSource, TResult> selector) =>
        Map(source, selector);

    /// <summary>LINQ query-syntax support: <c>where</c> over an <see cref="Iter{T}"/> (forwards to <see cref="Filter{T}"/>).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The upstream iterator; the result owns it.</param>
    /// <param name="predicate">The test.</param>
    /// <returns>A lazy iterator of the kept elements.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="predicate"/> is <see langword="null"/>.</exception>
    /// <remarks>Lazy; same infinite-source caveat as <see cref="Filter{T}"/>.</remarks>
    /// <example><code>(from x in Pull.Range(0, 10) where x % 3 == 0 select x).ToList(); // [0, 3, 6, 9]</code></example>
    public static Iter<T> Where<T>(this Iter<T> source, Func<T, bool> predicate) => Filter(source, predicate);

    /// <summary>LINQ support: <c>SelectMany</c> over an <see cref="Iter{T}"/> (forwards to <see cref="FlatMap{TSource, TResult}"/>).</summary>
    /// <typeparam name="TSource">The input element type.</typeparam>
    /// <typeparam name="TResult">The output element type.</typeparam>
    /// <param name="source">The upstream iterator; the result owns it.</param>
    /// <param name="selector">Makes the inner iterator for an element; the result owns each.</param>
    /// <returns>A lazy iterator over the concatenated inner iterators.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="selector"/> is <see langword="null"/>.</exception>
    /// <remarks>Lazy; same as <see cref="FlatMap{TSource, TResult}"/>.</remarks>
    /// <example><code>Pull.Range(1, 3).SelectMany(x =&gt; Pull.Range(0, x)).ToList(); // [0, 0, 1]</code></example>
    public static Iter<TResult> SelectMany<TSource, TResult>(this Iter<TSource> source, Func<TSource, Iter<TResult>> selector) =>
        FlatMap(source, selector);

    /// <summary>LINQ query-syntax support: a second <c>from</c> over an <see cref="Iter{T}"/>.</summary>
    /// <typeparam name="TSource">The outer element type.</typeparam>
    /// <typeparam name="TCollection">The inner element type.</typeparam>
    /// <typeparam name="TResult">The output element type.</typeparam>
    /// <param name="source">The outer iterator; the result owns it.</param>
    /// <param name="collectionSelector">Makes the inner iterator for an outer element; the result owns each.</param>
    /// <param name="resultSelector">Combines an outer element with each of its inner elements.</param>
    /// <returns>A lazy iterator of the combined elements.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <remarks>Lazy: the next outer element is pulled only when the current inner iterator has ended. Safe on an infinite
    /// outer iterator; an infinite inner iterator hides everything after it. The outer element is kept in the iterator, not
    /// captured in a closure, so an outer element allocates only what <paramref name="collectionSelector"/> builds: query syntax
    /// (<c>from x in xs from y in Pull.From(ys) select x * y</c>) is the cheapest way to write a nested pipeline.</remarks>
    /// <example><code>(from x in Pull.Range(1, 3) from y in Pull.Range(0, x) select (x, y)).ToList(); // [(1, 0), (2, 0), (2, 1)]</code></example>
    public static Iter<TResult> SelectMany<TSource, TCollection, TResult>(
        this Iter<TSource> source, Func<TSource, Iter<TCollection>> collectionSelector, Func<TSource, TCollection, TResult> resultSelector)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(collectionSelector);
        ArgumentNullException.ThrowIfNull(resultSelector);
        return new SelectManyIter<TSource, TCollection, TResult>(source, collectionSelector, resultSelector);
    }

    /// <summary>LINQ query-syntax support: a second <c>from</c> over any sequence (an array, a list), keeping the result an
    /// <see cref="Iter{T}"/>.</summary>
    /// <typeparam name="TSource">The outer element type.</typeparam>
    /// <typeparam name="TCollection">The inner element type.</typeparam>
    /// <typeparam name="TResult">The output element type.</typeparam>
    /// <param name="source">The outer iterator; the result owns it.</param>
    /// <param name="collectionSelector">Makes the inner sequence for an outer element.</param>
    /// <param name="resultSelector">Combines an outer element with each of its inner elements.</param>
    /// <returns>A lazy iterator of the combined elements.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <remarks>Lazy; each inner sequence is enumerated only when the one before it has ended. Safe on an infinite outer iterator.</remarks>
    /// <example><code>(from x in Pull.Of(1, 2) from c in "ab" select $"{x}{c}").ToList(); // [1a, 1b, 2a, 2b]</code></example>
    public static Iter<TResult> SelectMany<TSource, TCollection, TResult>(
        this Iter<TSource> source, Func<TSource, IEnumerable<TCollection>> collectionSelector, Func<TSource, TCollection, TResult> resultSelector)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(collectionSelector);
        ArgumentNullException.ThrowIfNull(resultSelector);
        return new SelectManyIter<TSource, TCollection, TResult>(source, x => From(collectionSelector(x)), resultSelector);
    }
}
