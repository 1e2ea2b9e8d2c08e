namespace Streams;

// LINQ's Any(), Count(predicate), LongCount and TryGetNonEnumeratedCount. Count() itself lives with the numeric
// terminals.
public static partial class Pull
{
    /// <summary>Whether there is an element (LINQ's <c>Any</c>).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The iterator.</param>
    /// <returns><see langword="true"/> if an element was pulled.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <remarks>Pulls at most one element, and that element is consumed (one pass only, as with LINQ's <c>Any</c>
    /// over any enumerator): use <see cref="Peekable{T}(Iter{T})"/> to look without consuming. Safe on infinite sources.</remarks>
    public static bool Any<TSource>(this Iter<TSource> source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return source.TryNext(out _);
    }

    /// <summary>How many elements satisfy <paramref name="predicate"/> (LINQ's <c>Count</c>).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The iterator to consume.</param>
    /// <param name="predicate">The test, called once per element.</param>
    /// <returns>The number of matches.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="predicate"/> is <see langword="null"/>.</exception>
    /// <exception cref="OverflowException">More than <see cref="int.MaxValue"/> elements match (use <see cref="LongCount{TSource}(Iter{TSource}, Func{TSource, bool})"/>).</exception>
    /// <remarks>Terminal: consumes to the end; never returns on an infinite source.</remarks>
    public static int Count<TSource>(this Iter<TSource> source, Func<TSource, bool> predicate) =>
        checked((int)LongCount(source, predicate));

    /// <summary>Counts the elements as a <see cref="long"/> (LINQ's <c>LongCount</c>).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The iterator to consume.</param>
    /// <returns>How many elements there were.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <remarks>Terminal: consumes to the end; never returns on an infinite source.</remarks>
    public static long LongCount<TSource>(this Iter<TSource> source) => LongCount(source, static _ => true);

    /// <summary>How many elements satisfy <paramref name="predicate"/>, as a <see cref="long"/> (LINQ's <c>LongCount</c>).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The iterator to consume.</param>
    /// <param name="predicate">The test, called once per element.</param>
    /// <returns>The number of matches.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="predicate"/> is <see langword="null"/>.</exception>
    /// <remarks>Terminal: consumes to the end; never returns on an infinite source.</remarks>
    public static long LongCount<TSource>(this Iter<TSource> source, Func<TSource, bool> predicate)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(predicate);
        var sink = new CountIfSink<TSource>(predicate);
        source.TryFold(ref sink);
        return sink.Count;
    }

    /// <summary>Whether the number of elements is known without pulling (LINQ's <c>TryGetNonEnumeratedCount</c>).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The iterator; nothing is pulled.</param>
    /// <param name="count">The number of elements left when known; otherwise 0.</param>
    /// <returns><see langword="true"/> when the iterator knows exactly how many elements are left (an array or list
    /// source, as LINQ knows for the collection itself, through <see cref="Iter{T}.TryGetRemainingCount"/>) and that
    /// count fits an <see cref="int"/>; <see langword="false"/> otherwise (any stage that may drop elements).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <remarks>Pulls nothing; safe on infinite sources.</remarks>
    public static bool TryGetNonEnumeratedCount<TSource>(this Iter<TSource> source, out int count)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (source.TryGetRemainingCount(out long remaining) && remaining <= int.MaxValue)
        {
            count = (int)remaining;
            return true;
        }
        count = 0;
        return false;
    }

    private struct CountIfSink<T>(Func<T, bool> predicate) : ISink<T>
    {
        public long Count;

        public bool Accept(T item)
        {
            if (predicate(item)) Count++;
            return true;
        }
    }
}
