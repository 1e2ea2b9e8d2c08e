namespace Streams;

// LINQ's Aggregate, AggregateBy and CountBy. Aggregate is Fold under LINQ's name; the By forms keep one accumulator
// per distinct key (memory grows with the number of keys) and produce the pairs in first-seen key order, as LINQ does.
public static partial class Pull
{
    /// <summary>Combines the elements left to right, starting from the first (LINQ's <c>Aggregate</c>, Python's <c>functools.reduce(f, it)</c>).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The iterator to consume.</param>
    /// <param name="func">Combines the running value with the next element.</param>
    /// <returns>The combined value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="func"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The iterator is empty (an <see cref="IteratorExhaustedException"/>).</exception>
    /// <remarks>Terminal: consumes to the end; never returns on an infinite source.</remarks>
    public static TSource Aggregate<TSource>(this Iter<TSource> source, Func<TSource, TSource, TSource> func)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(func);
        return source.TryNext(out var first)
            ? source.Fold(first, func)
            : ThrowHelper.ThrowExhausted<TSource>(nameof(Aggregate));
    }

    /// <summary>Combines the elements left to right from <paramref name="seed"/> (LINQ's <c>Aggregate</c>; the same as <see cref="Fold{T, TAccumulate}"/>).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <typeparam name="TAccumulate">The accumulator type.</typeparam>
    /// <param name="source">The iterator to consume.</param>
    /// <param name="seed">The starting value.</param>
    /// <param name="func">Combines the running value with the next element.</param>
    /// <returns>The combined value; <paramref name="seed"/> for an empty iterator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="func"/> is <see langword="null"/>.</exception>
    /// <remarks>Terminal: consumes to the end; never returns on an infinite source.</remarks>
    public static TAccumulate Aggregate<TSource, TAccumulate>(
        this Iter<TSource> source, TAccumulate seed, Func<TAccumulate, TSource, TAccumulate> func)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(func);
        return source.Fold(seed, func);
    }

    /// <summary>Combines the elements from <paramref name="seed"/>, then maps the result (LINQ's <c>Aggregate</c>).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <typeparam name="TAccumulate">The accumulator type.</typeparam>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="source">The iterator to consume.</param>
    /// <param name="seed">The starting value.</param>
    /// <param name="func">Combines the running value with the next element.</param>
    /// <param name="resultSelector">Maps the final value.</param>
    /// <returns>The mapped final value.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <remarks>Terminal: consumes to the end; never returns on an infinite source.</remarks>
    public static TResult Aggregate<TSource, TAccumulate, TResult>(this Iter<TSource> source, TAccumulate seed,
        Func<TAccumulate, TSource, TAccumulate> func, Func<TAccumulate, TResult> resultSelector)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(func);
        ArgumentNullException.ThrowIfNull(resultSelector);
        return resultSelector(source.Fold(seed, func));
    }

    /// <summary>One accumulated value per key, in first-seen key order (LINQ's <c>AggregateBy</c>).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TAccumulate">The accumulator type.</typeparam>
    /// <param name="source">The upstream iterator; the result owns it.</param>
    /// <param name="keySelector">Computes an element's key.</param>
    /// <param name="seed">Every key's starting value.</param>
    /// <param name="func">Combines a key's running value with its next element.</param>
    /// <param name="keyComparer">How keys are compared; <see langword="null"/> for the default.</param>
    /// <returns>A lazy iterator of key/value pairs.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/>, <paramref name="keySelector"/> or <paramref name="func"/> is <see langword="null"/>.</exception>
    /// <remarks>Buffers: the first pull consumes <paramref name="source"/> to its end (never returns on an infinite
    /// source) and keeps one accumulator per key.</remarks>
    public static Iter<KeyValuePair<TKey, TAccumulate>> AggregateBy<TSource, TKey, TAccumulate>(this Iter<TSource> source,
        Func<TSource, TKey> keySelector, TAccumulate seed, Func<TAccumulate, TSource, TAccumulate> func,
        IEqualityComparer<TKey>? keyComparer) where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(keySelector);
        ArgumentNullException.ThrowIfNull(func);
        return new BodyStage<TSource, KeyValuePair<TKey, TAccumulate>>(
            source, s => Enumerable.AggregateBy(s, keySelector, seed, func, keyComparer));
    }

    /// <summary>One accumulated value per key, each starting from <paramref name="seedSelector"/>(key) (LINQ's <c>AggregateBy</c>).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TAccumulate">The accumulator type.</typeparam>
    /// <param name="source">The upstream iterator; the result owns it.</param>
    /// <param name="keySelector">Computes an element's key.</param>
    /// <param name="seedSelector">A key's starting value, called once per distinct key.</param>
    /// <param name="func">Combines a key's running value with its next element.</param>
    /// <param name="keyComparer">How keys are compared; <see langword="null"/> for the default.</param>
    /// <returns>A lazy iterator of key/value pairs.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/>, <paramref name="keySelector"/>, <paramref name="seedSelector"/> or <paramref name="func"/> is <see langword="null"/>.</exception>
    /// <remarks>Buffers: the first pull consumes <paramref name="source"/> to its end (never returns on an infinite
    /// source) and keeps one accumulator per key.</remarks>
    public static Iter<KeyValuePair<TKey, TAccumulate>> AggregateBy<TSource, TKey, TAccumulate>(this Iter<TSource> source,
        Func<TSource, TKey> keySelector, Func<TKey, TAccumulate> seedSelector, Func<TAccumulate, TSource, TAccumulate> func,
        IEqualityComparer<TKey>? keyComparer) where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(keySelector);
        ArgumentNullException.ThrowIfNull(seedSelector);
        ArgumentNullException.ThrowIfNull(func);
        return new BodyStage<TSource, KeyValuePair<TKey, TAccumulate>>(
            source, s => Enumerable.AggregateBy(s, keySelector, seedSelector, func, keyComparer));
    }

    /// <summary>How many elements have each key, in first-seen key order (LINQ's <c>CountBy</c>, Python's <c>collections.Counter</c>).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <param name="source">The upstream iterator; the result owns it.</param>
    /// <param name="keySelector">Computes an element's key.</param>
    /// <param name="keyComparer">How keys are compared; <see langword="null"/> for the default.</param>
    /// <returns>A lazy iterator of key/count pairs.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="keySelector"/> is <see langword="null"/>.</exception>
    /// <remarks>Buffers: the first pull consumes <paramref name="source"/> to its end (never returns on an infinite
    /// source) and keeps one counter per key.</remarks>
    /// <example><code>Pull.Chars("abca").CountBy(c =&gt; c).ToList(); // [a: 2, b: 1, c: 1]</code></example>
    public static Iter<KeyValuePair<TKey, int>> CountBy<TSource, TKey>(this Iter<TSource> source,
        Func<TSource, TKey> keySelector, IEqualityComparer<TKey>? keyComparer = null) where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(keySelector);
        return new BodyStage<TSource, KeyValuePair<TKey, int>>(
            source, s => Enumerable.CountBy(s, keySelector, keyComparer));
    }

    /// <summary>One accumulated value per key, in first-seen key order (LINQ's <c>AggregateBy</c>).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TAccumulate">The accumulator type.</typeparam>
    /// <param name="source">The upstream iterator; the result owns it.</param>
    /// <param name="keySelector">Computes an element's key.</param>
    /// <param name="seed">Every key's starting value.</param>
    /// <param name="func">Combines a key's running value with its next element.</param>
    /// <returns>A lazy iterator of key/value pairs.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/>, <paramref name="keySelector"/> or <paramref name="func"/> is <see langword="null"/>.</exception>
    /// <remarks>Buffers: the first pull consumes <paramref name="source"/> to its end (never returns on an infinite
    /// source) and keeps one accumulator per key.</remarks>
    public static Iter<KeyValuePair<TKey, TAccumulate>> AggregateBy<TSource, TKey, TAccumulate>(this Iter<TSource> source,
        Func<TSource, TKey> keySelector, TAccumulate seed, Func<TAccumulate, TSource, TAccumulate> func) where TKey : notnull =>
        AggregateBy(source, keySelector, seed, func, null);

    /// <summary>One accumulated value per key, each starting from <paramref name="seedSelector"/>(key) (LINQ's <c>AggregateBy</c>).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TAccumulate">The accumulator type.</typeparam>
    /// <param name="source">The upstream iterator; the result owns it.</param>
    /// <param name="keySelector">Computes an element's key.</param>
    /// <param name="seedSelector">A key's starting value, called once per distinct key.</param>
    /// <param name="func">Combines a key's running value with its next element.</param>
    /// <returns>A lazy iterator of key/value pairs.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/>, <paramref name="keySelector"/>, <paramref name="seedSelector"/> or <paramref name="func"/> is <see langword="null"/>.</exception>
    /// <remarks>Buffers: the first pull consumes <paramref name="source"/> to its end (never returns on an infinite
    /// source) and keeps one accumulator per key.</remarks>
    public static Iter<KeyValuePair<TKey, TAccumulate>> AggregateBy<TSource, TKey, TAccumulate>(this Iter<TSource> source,
        Func<TSource, TKey> keySelector, Func<TKey, TAccumulate> seedSelector, Func<TAccumulate, TSource, TAccumulate> func)
        where TKey : notnull =>
        AggregateBy(source, keySelector, seedSelector, func, null);
}
