namespace Streams;

// LINQ's set operators: DistinctBy, Except(By), Intersect(By), Union(By), with System.Linq's own algorithms (same
// order, same comparer calls). Each keeps a hash set that grows with the distinct elements or keys it has seen.
// A second input that is an Iter is owned by the result (released with it), like Zip's; another sequence is enumerated.
public static partial class Pull
{
    /// <summary>The elements with a key not seen before, in first-seen order (LINQ's <c>DistinctBy</c>).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <param name="source">The upstream iterator; the result owns it.</param>
    /// <param name="keySelector">Computes an element's key.</param>
    /// <returns>A lazy iterator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="keySelector"/> is <see langword="null"/>.</exception>
    /// <remarks>Lazy: pulls until an unseen key. Buffers the keys seen (memory grows with the distinct keys); on an
    /// infinite source it is safe while new keys keep coming.</remarks>
    public static Iter<TSource> DistinctBy<TSource, TKey>(this Iter<TSource> source, Func<TSource, TKey> keySelector) =>
        DistinctBy(source, keySelector, null);

    /// <summary>The elements with a key not seen before, in first-seen order (LINQ's <c>DistinctBy</c>).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <param name="source">The upstream iterator; the result owns it.</param>
    /// <param name="keySelector">Computes an element's key.</param>
    /// <param name="comparer">How keys are compared; <see langword="null"/> for the default.</param>
    /// <returns>A lazy iterator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="keySelector"/> is <see langword="null"/>.</exception>
    /// <remarks>Lazy: pulls until an unseen key. Buffers the keys seen (memory grows with the distinct keys); on an
    /// infinite source it is safe while new keys keep coming.</remarks>
    public static Iter<TSource> DistinctBy<TSource, TKey>(this Iter<TSource> source, Func<TSource, TKey> keySelector,
        IEqualityComparer<TKey>? comparer)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(keySelector);
        return new BodyStage<TSource, TSource>(source, s => Enumerable.DistinctBy(AsLinqSource(s), keySelector, comparer));
    }

    /// <summary>The elements of <paramref name="first"/> not in <paramref name="second"/>, each once (LINQ's <c>Except</c>).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="first">The upstream iterator; the result owns it.</param>
    /// <param name="second">The other sequence.</param>
    /// <returns>A lazy iterator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="first"/> or <paramref name="second"/> is <see langword="null"/>.</exception>
    /// <remarks>Lazy. Buffers: the first pull reads all of <paramref name="second"/> into a hash set (it must be finite); then
    /// <paramref name="first"/> streams, so an infinite <paramref name="first"/> is safe while new elements keep coming.</remarks>
    public static Iter<TSource> Except<TSource>(this Iter<TSource> first, IEnumerable<TSource> second) =>
        Except(first, second, comparer: null);

    /// <summary>The elements of <paramref name="first"/> not in <paramref name="second"/>, each once (LINQ's <c>Except</c>).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="first">The upstream iterator; the result owns it.</param>
    /// <param name="second">The other sequence.</param>
    /// <param name="comparer">How elements are compared; <see langword="null"/> for the default.</param>
    /// <returns>A lazy iterator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="first"/> or <paramref name="second"/> is <see langword="null"/>.</exception>
    /// <remarks>Lazy. Buffers: the first pull reads all of <paramref name="second"/> into a hash set (it must be finite); then
    /// <paramref name="first"/> streams, so an infinite <paramref name="first"/> is safe while new elements keep coming.</remarks>
    public static Iter<TSource> Except<TSource>(this Iter<TSource> first, IEnumerable<TSource> second, IEqualityComparer<TSource>? comparer)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        return new BodyStage<TSource, TSource>(first, s => Enumerable.Except(AsLinqSource(s), second, comparer), second as Iter<TSource>);
    }

    /// <summary>The elements, compared by key, of <paramref name="first"/> not in <paramref name="second"/>, each once (LINQ's <c>ExceptBy</c>).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <param name="first">The upstream iterator; the result owns it.</param>
    /// <param name="second">The keys to compare with.</param>
    /// <param name="keySelector">Computes an element's key.</param>
    /// <returns>A lazy iterator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="first"/>, <paramref name="second"/> or <paramref name="keySelector"/> is <see langword="null"/>.</exception>
    /// <remarks>Lazy. Buffers: the first pull reads all of <paramref name="second"/> into a hash set (it must be finite); then
    /// <paramref name="first"/> streams, so an infinite <paramref name="first"/> is safe while new elements keep coming.</remarks>
    public static Iter<TSource> ExceptBy<TSource, TKey>(this Iter<TSource> first, IEnumerable<TKey> second, Func<TSource, TKey> keySelector)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        ArgumentNullException.ThrowIfNull(keySelector);
        return new BodyStage<TSource, TSource>(first, s => Enumerable.ExceptBy(AsLinqSource(s), second, keySelector), null);
    }

    /// <summary>The elements, compared by key, of <paramref name="first"/> not in <paramref name="second"/>, each once (LINQ's <c>ExceptBy</c>).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <param name="first">The upstream iterator; the result owns it.</param>
    /// <param name="second">The keys to compare with.</param>
    /// <param name="keySelector">Computes an element's key.</param>
    /// <param name="comparer">How keys are compared; <see langword="null"/> for the default.</param>
    /// <returns>A lazy iterator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="first"/>, <paramref name="second"/> or <paramref name="keySelector"/> is <see langword="null"/>.</exception>
    /// <remarks>Lazy. Buffers: the first pull reads all of <paramref name="second"/> into a hash set (it must be finite); then
    /// <paramref name="first"/> streams, so an infinite <paramref name="first"/> is safe while new elements keep coming.</remarks>
    public static Iter<TSource> ExceptBy<TSource, TKey>(this Iter<TSource> first, IEnumerable<TKey> second, Func<TSource, TKey> keySelector, IEqualityComparer<TKey>? comparer)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        ArgumentNullException.ThrowIfNull(keySelector);
        return new BodyStage<TSource, TSource>(first, s => Enumerable.ExceptBy(AsLinqSource(s), second, keySelector, comparer), null);
    }

    /// <summary>The elements of <paramref name="first"/> also in <paramref name="second"/>, each once (LINQ's <c>Intersect</c>).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="first">The upstream iterator; the result owns it.</param>
    /// <param name="second">The other sequence.</param>
    /// <returns>A lazy iterator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="first"/> or <paramref name="second"/> is <see langword="null"/>.</exception>
    /// <remarks>Lazy. Buffers: the first pull reads all of <paramref name="second"/> into a hash set (it must be finite); then
    /// <paramref name="first"/> streams, so an infinite <paramref name="first"/> is safe while matches keep coming.</remarks>
    public static Iter<TSource> Intersect<TSource>(this Iter<TSource> first, IEnumerable<TSource> second) =>
        Intersect(first, second, comparer: null);

    /// <summary>The elements of <paramref name="first"/> also in <paramref name="second"/>, each once (LINQ's <c>Intersect</c>).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="first">The upstream iterator; the result owns it.</param>
    /// <param name="second">The other sequence.</param>
    /// <param name="comparer">How elements are compared; <see langword="null"/> for the default.</param>
    /// <returns>A lazy iterator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="first"/> or <paramref name="second"/> is <see langword="null"/>.</exception>
    /// <remarks>Lazy. Buffers: the first pull reads all of <paramref name="second"/> into a hash set (it must be finite); then
    /// <paramref name="first"/> streams, so an infinite <paramref name="first"/> is safe while matches keep coming.</remarks>
    public static Iter<TSource> Intersect<TSource>(this Iter<TSource> first, IEnumerable<TSource> second, IEqualityComparer<TSource>? comparer)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        return new BodyStage<TSource, TSource>(first, s => Enumerable.Intersect(AsLinqSource(s), second, comparer), second as Iter<TSource>);
    }

    /// <summary>The elements, compared by key, of <paramref name="first"/> also in <paramref name="second"/>, each once (LINQ's <c>IntersectBy</c>).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <param name="first">The upstream iterator; the result owns it.</param>
    /// <param name="second">The keys to compare with.</param>
    /// <param name="keySelector">Computes an element's key.</param>
    /// <returns>A lazy iterator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="first"/>, <paramref name="second"/> or <paramref name="keySelector"/> is <see langword="null"/>.</exception>
    /// <remarks>Lazy. Buffers: the first pull reads all of <paramref name="second"/> into a hash set (it must be finite); then
    /// <paramref name="first"/> streams, so an infinite <paramref name="first"/> is safe while matches keep coming.</remarks>
    public static Iter<TSource> IntersectBy<TSource, TKey>(this Iter<TSource> first, IEnumerable<TKey> second, Func<TSource, TKey> keySelector)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        ArgumentNullException.ThrowIfNull(keySelector);
        return new BodyStage<TSource, TSource>(first, s => Enumerable.IntersectBy(AsLinqSource(s), second, keySelector), null);
    }

    /// <summary>The elements, compared by key, of <paramref name="first"/> also in <paramref name="second"/>, each once (LINQ's <c>IntersectBy</c>).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <param name="first">The upstream iterator; the result owns it.</param>
    /// <param name="second">The keys to compare with.</param>
    /// <param name="keySelector">Computes an element's key.</param>
    /// <param name="comparer">How keys are compared; <see langword="null"/> for the default.</param>
    /// <returns>A lazy iterator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="first"/>, <paramref name="second"/> or <paramref name="keySelector"/> is <see langword="null"/>.</exception>
    /// <remarks>Lazy. Buffers: the first pull reads all of <paramref name="second"/> into a hash set (it must be finite); then
    /// <paramref name="first"/> streams, so an infinite <paramref name="first"/> is safe while matches keep coming.</remarks>
    public static Iter<TSource> IntersectBy<TSource, TKey>(this Iter<TSource> first, IEnumerable<TKey> second, Func<TSource, TKey> keySelector, IEqualityComparer<TKey>? comparer)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        ArgumentNullException.ThrowIfNull(keySelector);
        return new BodyStage<TSource, TSource>(first, s => Enumerable.IntersectBy(AsLinqSource(s), second, keySelector, comparer), null);
    }

    /// <summary>The distinct elements of <paramref name="first"/>, then those of <paramref name="second"/> not seen yet (LINQ's <c>Union</c>).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="first">The upstream iterator; the result owns it.</param>
    /// <param name="second">The other sequence.</param>
    /// <returns>A lazy iterator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="first"/> or <paramref name="second"/> is <see langword="null"/>.</exception>
    /// <remarks>Lazy. Buffers the elements seen (memory grows with the distinct elements); <paramref name="second"/> is first
    /// pulled when <paramref name="first"/> has ended, so an infinite <paramref name="first"/> never reaches it.</remarks>
    public static Iter<TSource> Union<TSource>(this Iter<TSource> first, IEnumerable<TSource> second) =>
        Union(first, second, comparer: null);

    /// <summary>The distinct elements of <paramref name="first"/>, then those of <paramref name="second"/> not seen yet (LINQ's <c>Union</c>).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="first">The upstream iterator; the result owns it.</param>
    /// <param name="second">The other sequence.</param>
    /// <param name="comparer">How elements are compared; <see langword="null"/> for the default.</param>
    /// <returns>A lazy iterator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="first"/> or <paramref name="second"/> is <see langword="null"/>.</exception>
    /// <remarks>Lazy. Buffers the elements seen (memory grows with the distinct elements); <paramref name="second"/> is first
    /// pulled when <paramref name="first"/> has ended, so an infinite <paramref name="first"/> never reaches it.</remarks>
    public static Iter<TSource> Union<TSource>(this Iter<TSource> first, IEnumerable<TSource> second, IEqualityComparer<TSource>? comparer)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        return new BodyStage<TSource, TSource>(first, s => Enumerable.Union(AsLinqSource(s), second, comparer), second as Iter<TSource>);
    }

    /// <summary>The distinct elements, compared by key, of <paramref name="first"/>, then those of <paramref name="second"/> not seen yet (LINQ's <c>UnionBy</c>).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <param name="first">The upstream iterator; the result owns it.</param>
    /// <param name="second">The other sequence.</param>
    /// <param name="keySelector">Computes an element's key.</param>
    /// <returns>A lazy iterator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="first"/>, <paramref name="second"/> or <paramref name="keySelector"/> is <see langword="null"/>.</exception>
    /// <remarks>Lazy. Buffers the elements seen (memory grows with the distinct elements); <paramref name="second"/> is first
    /// pulled when <paramref name="first"/> has ended, so an infinite <paramref name="first"/> never reaches it.</remarks>
    public static Iter<TSource> UnionBy<TSource, TKey>(this Iter<TSource> first, IEnumerable<TSource> second, Func<TSource, TKey> keySelector)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        ArgumentNullException.ThrowIfNull(keySelector);
        return new BodyStage<TSource, TSource>(first, s => Enumerable.UnionBy(AsLinqSource(s), second, keySelector), second as Iter<TSource>);
    }

    /// <summary>The distinct elements, compared by key, of <paramref name="first"/>, then those of <paramref name="second"/> not seen yet (LINQ's <c>UnionBy</c>).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <param name="first">The upstream iterator; the result owns it.</param>
    /// <param name="second">The other sequence.</param>
    /// <param name="keySelector">Computes an element's key.</param>
    /// <param name="comparer">How keys are compared; <see langword="null"/> for the default.</param>
    /// <returns>A lazy iterator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="first"/>, <paramref name="second"/> or <paramref name="keySelector"/> is <see langword="null"/>.</exception>
    /// <remarks>Lazy. Buffers the elements seen (memory grows with the distinct elements); <paramref name="second"/> is first
    /// pulled when <paramref name="first"/> has ended, so an infinite <paramref name="first"/> never reaches it.</remarks>
    public static Iter<TSource> UnionBy<TSource, TKey>(this Iter<TSource> first, IEnumerable<TSource> second, Func<TSource, TKey> keySelector, IEqualityComparer<TKey>? comparer)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        ArgumentNullException.ThrowIfNull(keySelector);
        return new BodyStage<TSource, TSource>(first, s => Enumerable.UnionBy(AsLinqSource(s), second, keySelector, comparer), second as Iter<TSource>);
    }
}
