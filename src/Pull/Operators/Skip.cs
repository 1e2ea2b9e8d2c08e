namespace Streams;

public static partial class Pull
{
    /// <summary>Everything after the first <paramref name="count"/> elements (Python's <c>islice(it, n, None)</c>, LINQ's <c>Skip</c>).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The upstream iterator; the result owns it.</param>
    /// <param name="count">How many elements to drop; zero drops nothing.</param>
    /// <returns>A lazy iterator of the remaining elements.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    /// <remarks>Lazy: the first pull drops <paramref name="count"/> elements, then one element is pulled per element
    /// produced. Safe on infinite sources.</remarks>
    /// <example><code>Pull.Range(0, 5).Skip(3).ToList(); // [3, 4]</code></example>
    public static Iter<T> Skip<T>(this Iter<T> source, long count)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return new SkipIter<T>(source, count);
    }

    /// <summary>Everything after the first <paramref name="count"/> elements; the <see cref="int"/> overload, so that a
    /// call with an <see cref="int"/> binds here rather than to <see cref="Enumerable.Skip{TSource}(IEnumerable{TSource}, int)"/>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The upstream iterator; the result owns it.</param>
    /// <param name="count">How many elements to drop.</param>
    /// <returns>A lazy iterator of the remaining elements.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    /// <remarks>Lazy; safe on infinite sources.</remarks>
    public static Iter<T> Skip<T>(this Iter<T> source, int count) => Skip(source, (long)count);
}

// Invariant: _toSkip elements must still be dropped before anything is produced.
internal sealed class SkipIter<T>(Iter<T> source, long count) : Stage<T>(source.StackDepth)
{
    private long _toSkip = count;

    protected override bool TryAdvance(out T item)
    {
        while (_toSkip > 0)
        {
            if (!source.Step(out _))
            {
                item = default!;
                return false;
            }
            _toSkip--;
        }
        return source.Step(out item!);
    }

    // Skips by pulling (the pull path's own steps, so nothing is copied into a sink), then folds straight through: after
    // the skip this stage adds nothing per element, and holds no state a lambda pulling it could see stale.
    protected override bool TryFoldCore<TSink>(ref TSink sink)
    {
        while (_toSkip > 0)
        {
            if (!source.Step(out _)) return true;
            _toSkip--;
        }
        return source.TryFold(ref sink);
    }

    // Count capability: what the upstream has left, less what is still to be skipped; exact whenever the upstream's is.
    public override bool TryGetRemainingCount(out long count)
    {
        if (IsFinished || !source.TryGetRemainingCountOfInput(out long upstream))
        {
            count = 0;
            return IsFinished;
        }
        count = Math.Max(0, upstream - _toSkip);
        return true;
    }

    protected override void Release() => source.Dispose();
}
