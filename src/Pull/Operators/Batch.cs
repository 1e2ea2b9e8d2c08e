namespace Streams;

public static partial class Pull
{
    /// <summary>Splits the elements into arrays of <paramref name="size"/>; the last one may be shorter
    /// (Python's <c>itertools.batched</c>, LINQ's <c>Chunk</c>).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The upstream iterator; the result owns it.</param>
    /// <param name="size">The batch length.</param>
    /// <param name="strict">If <see langword="true"/>, a short last batch is an error (Python's <c>strict=True</c>).</param>
    /// <returns>A lazy iterator of non-empty batches.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="size"/> is zero or negative.</exception>
    /// <exception cref="InvalidOperationException">Thrown by the pull that reaches a short last batch when
    /// <paramref name="strict"/> is set; the iterator is finished afterwards.</exception>
    /// <remarks>Lazy: each pull takes up to <paramref name="size"/> elements. Safe on infinite sources. Allocation:
    /// each batch is a new array that grows with what it holds (doubling from 16, capped at
    /// <paramref name="size"/>) and is trimmed to its length, so a large <paramref name="size"/> costs nothing up front.</remarks>
    /// <example><code>Pull.Range(0, 5).Batch(2).ToList(); // [[0, 1], [2, 3], [4]]</code></example>
    public static Iter<T[]> Batch<T>(this Iter<T> source, int size, bool strict = false)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(size);
        return new BatchIter<T>(source, size, strict);
    }
}

// Invariant: once _sourceEnded, the source is never pulled again (a short batch was the last one).
internal sealed class BatchIter<T>(Iter<T> source, int size, bool strict) : Stage<T[]>(source.StackDepth)
{
    private const int InitialCapacity = 16;
    private bool _sourceEnded;

    protected override bool TryAdvance(out T[] item)
    {
        if (_sourceEnded || !source.Step(out var first))
        {
            item = null!;
            return false;
        }
        // The batch grows with what it holds (doubling, capped at size): a huge size costs nothing up front.
        var batch = new T[Math.Min(size, InitialCapacity)];
        batch[0] = first;
        int n = 1;
        while (n < size && source.Step(out var x))
        {
            if (n == batch.Length) Array.Resize(ref batch, (int)Math.Min(size, 2L * batch.Length));
            batch[n++] = x;
        }
        if (n < size)
        {
            _sourceEnded = true;
            if (strict) ThrowHelper.ThrowIncompleteBatch(n, size);
        }
        if (n != batch.Length) Array.Resize(ref batch, n);
        item = batch;
        return true;
    }

    protected override void Release() => source.Dispose();
}
