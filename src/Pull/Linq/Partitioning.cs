namespace Streams;

// LINQ's Take(Range), TakeLast, SkipLast and Chunk. Take(int)/Skip(int) live with the Python-named operators. A
// negative count is an eager ArgumentOutOfRangeException here, where LINQ silently treats it as zero.
public static partial class Pull
{
    /// <summary>The elements whose positions fall in <paramref name="range"/> (LINQ's <c>Take</c> with a range).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The upstream iterator; the result owns it.</param>
    /// <param name="range">The positions; either end may count from the end (<c>^2..</c> is the last two).</param>
    /// <returns>A lazy iterator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <remarks>Lazy. With both ends from the start it streams and is safe on infinite sources. An end counted from the
    /// end buffers: it keeps up to that many elements and consumes <paramref name="source"/> to its end.</remarks>
    public static Iter<TSource> Take<TSource>(this Iter<TSource> source, Range range)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new BodyStage<TSource, TSource>(source, s => Enumerable.Take(AsLinqSource(s), range));
    }

    /// <summary>The last <paramref name="count"/> elements (LINQ's <c>TakeLast</c>).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The upstream iterator; the result owns it.</param>
    /// <param name="count">How many; zero gives nothing.</param>
    /// <returns>A lazy iterator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative (LINQ accepts it silently; see
    /// docs/linq-exclusions.md).</exception>
    /// <remarks>Buffers: the first pull consumes <paramref name="source"/> to its end keeping the last
    /// <paramref name="count"/> elements (a queue that grows with what arrives, not with <paramref name="count"/>);
    /// never returns on an infinite source.</remarks>
    public static Iter<TSource> TakeLast<TSource>(this Iter<TSource> source, int count)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return new BodyStage<TSource, TSource>(source, s => Enumerable.TakeLast(AsLinqSource(s), count));
    }

    /// <summary>All but the last <paramref name="count"/> elements (LINQ's <c>SkipLast</c>).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The upstream iterator; the result owns it.</param>
    /// <param name="count">How many to leave out at the end; zero leaves out nothing.</param>
    /// <returns>A lazy iterator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative (LINQ accepts it silently; see
    /// docs/linq-exclusions.md).</exception>
    /// <remarks>Buffers <paramref name="count"/> elements ahead (a queue that grows with what arrives): an element is
    /// produced once <paramref name="count"/> more have been pulled. Safe on infinite sources.</remarks>
    public static Iter<TSource> SkipLast<TSource>(this Iter<TSource> source, int count)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return new BodyStage<TSource, TSource>(source, s => Enumerable.SkipLast(AsLinqSource(s), count));
    }

    /// <summary>Splits the elements into arrays of <paramref name="size"/>, the last possibly shorter (LINQ's
    /// <c>Chunk</c>; the same as <see cref="Batch{T}(Iter{T}, int, bool)"/>, Python's <c>itertools.batched</c>).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The upstream iterator; the result owns it.</param>
    /// <param name="size">The chunk length.</param>
    /// <returns>A lazy iterator of new arrays.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="size"/> is less than 1.</exception>
    /// <remarks>Lazy: a pull takes up to <paramref name="size"/> elements. Safe on infinite sources.</remarks>
    public static Iter<TSource[]> Chunk<TSource>(this Iter<TSource> source, int size) => source.Batch(size);
}
