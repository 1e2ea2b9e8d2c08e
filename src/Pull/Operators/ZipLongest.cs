namespace Streams;

public static partial class Pull
{
    /// <summary>Pairs up elements of two iterators until both have ended, filling in for the one that ended first
    /// (Python's <c>itertools.zip_longest</c>).</summary>
    /// <typeparam name="TFirst">The first element type.</typeparam>
    /// <typeparam name="TSecond">The second element type.</typeparam>
    /// <param name="first">The first iterator; the result owns it.</param>
    /// <param name="second">The second iterator; the result owns it.</param>
    /// <param name="fillFirst">Stands in for <paramref name="first"/>'s elements after it ended.</param>
    /// <param name="fillSecond">Stands in for <paramref name="second"/>'s elements after it ended.</param>
    /// <returns>A lazy iterator of pairs, as long as the longer input.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="first"/> or <paramref name="second"/> is <see langword="null"/>.</exception>
    /// <remarks>Lazy: each output pulls each input that has not ended yet, <paramref name="first"/> first. An input that
    /// ended is released at once and never pulled again. Not safe on infinite inputs unless bounded downstream: with one
    /// infinite input the result is infinite.</remarks>
    /// <example><code>Pull.Of(1, 2, 3).ZipLongest(Pull.Of('a'), 0, '-').ToList(); // [(1, a), (2, -), (3, -)]</code></example>
    public static Iter<(TFirst First, TSecond Second)> ZipLongest<TFirst, TSecond>(
        this Iter<TFirst> first, Iter<TSecond> second, TFirst fillFirst, TSecond fillSecond)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        return new ZipLongestIter<TFirst, TSecond>(first, second, fillFirst, fillSecond);
    }

    /// <summary>Pairs up elements of two iterators of one type until both have ended, with one <paramref name="fill"/>
    /// for whichever ended first (Python's <c>zip_longest(a, b, fillvalue=fill)</c>).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="first">The first iterator; the result owns it.</param>
    /// <param name="second">The second iterator; the result owns it.</param>
    /// <param name="fill">Stands in for the elements of the input that ended first.</param>
    /// <returns>A lazy iterator of pairs, as long as the longer input.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="first"/> or <paramref name="second"/> is <see langword="null"/>.</exception>
    /// <remarks>Lazy, same pulls as the two-fill overload. With one infinite input the result is infinite.</remarks>
    /// <example><code>Pull.Of(1, 2, 3).ZipLongest(Pull.Of(9), 0).ToList(); // [(1, 9), (2, 0), (3, 0)]</code></example>
    public static Iter<(T First, T Second)> ZipLongest<T>(this Iter<T> first, Iter<T> second, T fill) =>
        ZipLongest(first, second, fill, fill);
}

// Invariant: an input whose flag is set said end and is never pulled again.
internal sealed class ZipLongestIter<TFirst, TSecond>(Iter<TFirst> first, Iter<TSecond> second, TFirst fillFirst, TSecond fillSecond)
    : Stage<(TFirst First, TSecond Second)>(Math.Max(first.StackDepth, second.StackDepth))
{
    private bool _firstEnded;
    private bool _secondEnded;

    protected override bool TryAdvance(out (TFirst First, TSecond Second) item)
    {
        TFirst? a = default;
        TSecond? b = default;
        bool hasA = !_firstEnded && first.Step(out a);
        if (!hasA) _firstEnded = true;
        bool hasB = !_secondEnded && second.Step(out b);
        if (!hasB) _secondEnded = true;
        if (!hasA && !hasB)
        {
            item = default;
            return false;
        }
        item = (hasA ? a! : fillFirst, hasB ? b! : fillSecond);
        return true;
    }

    protected override void Release() => DisposeHelper.DisposeAll(first, second);
}
