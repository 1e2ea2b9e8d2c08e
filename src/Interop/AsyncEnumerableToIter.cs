namespace Streams;

public static partial class AsyncInterop
{
    /// <summary>Adapts an <see cref="IAsyncEnumerable{T}"/> to a pull iterator; each pull <b>blocks</b> until the next
    /// element is available.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The async sequence. Its enumerator is obtained at the first pull, with
    /// <paramref name="cancellationToken"/>.</param>
    /// <param name="cancellationToken">Passed to the async enumerator and checked before every pull.</param>
    /// <returns>A lazy iterator over <paramref name="source"/>; it disposes the async enumerator when it ends, throws
    /// or is disposed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <remarks>
    /// <para><b>Lazy</b>: nothing happens until the first pull. Safe on infinite sequences.</para>
    /// <para><b>Blocking</b>: a pull whose <c>MoveNextAsync</c> completes synchronously uses the result directly (no
    /// allocation, no wait). Otherwise the pulling thread blocks until it completes. While calling into the async
    /// enumerator the current <see cref="SynchronizationContext"/> is cleared, so its continuations never try to
    /// come back to the blocked thread: pulling from a UI thread or a thread-pool thread does not deadlock (a custom
    /// <see cref="TaskScheduler"/> that the source's awaits capture is not cleared). Prefer <c>await foreach</c> where
    /// you can await; blocking many thread-pool threads starves the pool.</para>
    /// <para><b>Cancellation</b>: a cancelled token surfaces as <see cref="OperationCanceledException"/> from the pull
    /// (whether the source observes the token or not); the iterator is then finished and the enumerator disposed.</para>
    /// <para><b>Ownership</b>: the iterator owns the async enumerator. It calls <c>DisposeAsync</c> exactly once, at
    /// the end, after an exception, or on <see cref="Iter{T}.Dispose"/>, and blocks until that completes.</para>
    /// <example>
    /// <code>
    /// static async IAsyncEnumerable&lt;int&gt; Ticks() { for (int i = 0; ; i++) { await Task.Delay(1); yield return i; } }
    /// using var it = Ticks().ToIter();
    /// it.Take(3).ToList(); // [0, 1, 2], blocking about 3 ms
    /// </code>
    /// </example>
    /// </remarks>
    public static Iter<T> ToIter<T>(this IAsyncEnumerable<T> source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new AsyncEnumerableSource<T>(source, cancellationToken);
    }
}

internal sealed class AsyncEnumerableSource<T>(IAsyncEnumerable<T> source, CancellationToken token) : Iter<T>
{
    private IAsyncEnumerator<T>? _enumerator;

    protected override bool TryAdvance(out T item)
    {
        token.ThrowIfCancellationRequested();
        var context = SynchronizationContext.Current;
        if (context is not null) SynchronizationContext.SetSynchronizationContext(null);
        try
        {
            var e = _enumerator ??= source.GetAsyncEnumerator(token);
            var step = e.MoveNextAsync();
            // Synchronously completed steps (the common case for buffered or in-memory sources) cost no allocation.
            bool hasNext = step.IsCompletedSuccessfully ? step.Result : step.AsTask().GetAwaiter().GetResult();
            item = hasNext ? e.Current : default!;
            return hasNext;
        }
        finally
        {
            if (context is not null) SynchronizationContext.SetSynchronizationContext(context);
        }
    }

    protected override void Release()
    {
        var e = _enumerator;
        _enumerator = null;
        if (e is null) return;
        var context = SynchronizationContext.Current;
        if (context is not null) SynchronizationContext.SetSynchronizationContext(null);
        try
        {
            var pending = e.DisposeAsync();
            if (!pending.IsCompletedSuccessfully) pending.AsTask().GetAwaiter().GetResult();
        }
        finally
        {
            if (context is not null) SynchronizationContext.SetSynchronizationContext(context);
        }
    }
}
