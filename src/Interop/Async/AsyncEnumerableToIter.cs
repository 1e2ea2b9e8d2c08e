namespace Streams;

public static partial class AsyncInterop
{
    /// <summary>Adapts an <see cref="IAsyncEnumerable{T}"/> to a pull iterator; each pull <b>blocks</b> until the next
    /// element is available.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The async sequence. Its enumerator is obtained at the first pull, with a token that is
    /// cancelled when <paramref name="cancellationToken"/> is or when the iterator is disposed.</param>
    /// <param name="cancellationToken">Passed to the async enumerator and honoured by every pull.</param>
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
    /// <para><b>Cancellation</b>: a cancelled <paramref name="cancellationToken"/> surfaces as
    /// <see cref="OperationCanceledException"/> from the pull at once, <b>whether or not the source observes the
    /// token</b>: the blocked pull stops waiting for a step the source never ends. The iterator is then finished.</para>
    /// <para><b>Dispose from another thread</b>: wakes a blocked pull, which then reports the end (<c>TryNext</c> returns
    /// <see langword="false"/>, <c>Next()</c> throws <see cref="IteratorExhaustedException"/>), and cancels the token the
    /// enumerator was given.</para>
    /// <para><b>Ownership</b>: the iterator owns the async enumerator and calls <c>DisposeAsync</c> exactly once: at the
    /// end, after an exception, or on <see cref="Iter{T}.Dispose"/> (blocking until it completes). If a step is still
    /// running then (a source that ignored cancellation), <c>DisposeAsync</c> runs when that step completes, and an
    /// exception it throws there is dropped (no thread of the bridge's can fail the process).</para>
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

// States: Idle -> Pulling -> Idle ... -> Released (final). Release may run on any thread; whoever moves the state to
// Released while no pull runs disposes the enumerator, otherwise the puller does when its pull returns.
// Invariant: DisposeAsync is never called while a MoveNextAsync is pending (async iterators throw
// NotSupportedException for that); it is deferred to that step's completion instead.
internal sealed class AsyncEnumerableSource<T>(IAsyncEnumerable<T> source, CancellationToken token) : Iter<T>
{
    private const int Idle = 0, Pulling = 1, Released = 2;

    private int _state;
    private IAsyncEnumerator<T>? _enumerator;
    private CancellationTokenSource? _stop;   // cancelled by the caller's token or by Release; created at the first pull
    private Task<bool>? _abandoned;           // a step the puller stopped waiting for; still owns the enumerator

    protected override bool TryAdvance(out T item)
    {
        if (Interlocked.CompareExchange(ref _state, Pulling, Idle) != Idle)
        {
            item = default!; // released by another thread
            return false;
        }
        var context = BlockingWait.ClearContext();
        try
        {
            token.ThrowIfCancellationRequested();
            var e = _enumerator ??= Start();
            var step = e.MoveNextAsync();
            // Synchronously completed steps (the common case for buffered or in-memory sources) cost no allocation.
            bool hasNext = step.IsCompletedSuccessfully ? step.Result : WaitFor(step.AsTask());
            item = hasNext ? e.Current : default!;
            return hasNext;
        }
        finally
        {
            BlockingWait.Restore(context);
            if (Interlocked.CompareExchange(ref _state, Idle, Pulling) == Released) DisposeEnumerator();
        }
    }

    private IAsyncEnumerator<T> Start()
    {
        var stop = token.CanBeCanceled ? CancellationTokenSource.CreateLinkedTokenSource(token) : new CancellationTokenSource();
        Interlocked.Exchange(ref _stop, stop); // a full fence: Release either sees _stop or we see Released below
        if (Volatile.Read(ref _state) == Released) stop.Cancel();
        return source.GetAsyncEnumerator(stop.Token);
    }

    private bool WaitFor(Task<bool> step)
    {
        try
        {
            return BlockingWait.Wait(step, _stop!.Token);
        }
        catch (OperationCanceledException) when (!step.IsCompleted)
        {
            // The source has not reacted to the cancellation: leave the step running and stop waiting for it.
            _abandoned = step;
            token.ThrowIfCancellationRequested(); // the caller's token: the promised OperationCanceledException
            return false;                         // Dispose from another thread: report the end
        }
    }

    protected override void Release()
    {
        if (Interlocked.Exchange(ref _state, Released) != Idle) // Pulling: the puller disposes when it returns
        {
            CancelQuietly(Volatile.Read(ref _stop));
            return;
        }
        DisposeEnumerator();
    }

    private static void CancelQuietly(CancellationTokenSource? stop)
    {
        try
        {
            stop?.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The puller finished and disposed it meanwhile: nothing left to wake.
        }
    }

    // Runs once, on whichever thread moved the state to Released while no pull was running.
    private void DisposeEnumerator()
    {
        var e = _enumerator;
        _enumerator = null;
        var stop = _stop;
        if (e is null)
        {
            stop?.Dispose();
            return;
        }
        if (_abandoned is { IsCompleted: false } pending)
        {
            stop?.Cancel();
            _ = pending.ContinueWith(static (_, state) => DisposeQuietly((IAsyncEnumerator<T>)state!), e,
                CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            return;
        }
        var context = BlockingWait.ClearContext();
        try
        {
            var pendingDispose = e.DisposeAsync();
            if (!pendingDispose.IsCompletedSuccessfully) pendingDispose.AsTask().GetAwaiter().GetResult();
        }
        finally
        {
            BlockingWait.Restore(context);
            stop?.Dispose();
        }
    }

    // On a thread-pool continuation: an exception here has no caller to go to, and must not reach the process.
    private static void DisposeQuietly(IAsyncEnumerator<T> e)
    {
        try
        {
            var pending = e.DisposeAsync();
            if (!pending.IsCompletedSuccessfully) pending.AsTask().GetAwaiter().GetResult();
        }
        catch (Exception)
        {
            // Dropped on purpose: documented on ToIter.
        }
    }
}
