using System.Runtime.ExceptionServices;

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
    /// <see cref="OperationCanceledException"/> from the pull; the iterator is then finished. A pull waiting for a step
    /// wakes at once, cancels the token the enumerator was given, and waits for that step to end (an async enumerator
    /// cannot be disposed while a step is pending), then disposes the enumerator and throws. Cancellation is
    /// cooperative, as with <c>await foreach</c>: a source that ignores its token keeps the pull waiting until its
    /// step ends by itself. If that step faults with an exception other than a cancellation, the pull throws that
    /// exception instead.</para>
    /// <para><b>Dispose from another thread</b>: cancels the token the enumerator was given and wakes a blocked pull,
    /// which waits for the step to end as above, disposes the enumerator, and reports the end (<c>TryNext</c> returns
    /// <see langword="false"/>, <c>Next()</c> throws <see cref="IteratorExhaustedException"/>). <c>Dispose</c> returns
    /// once that disposal is complete.</para>
    /// <para><b>Ownership</b>: the iterator owns the async enumerator and calls <c>DisposeAsync</c> exactly once,
    /// never while a step is pending, and <b>completes it before anyone sees the iterator finish</b>: before a pull
    /// reports the end, a fault or a cancellation, and before <see cref="Iter{T}.Dispose"/> returns, on every path
    /// and whichever thread gets there first (the source's <c>finally</c> blocks have run). An exception from
    /// <c>DisposeAsync</c> reaches the thread that disposed: thrown by the pull at the end or by <c>Dispose</c>, or
    /// attached to the pull's own exception as <c>Data[</c><see cref="Pull.ReleaseExceptionKey"/><c>]</c>.</para>
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

// States: Idle -> Pulling -> Idle ... -> Released (final). Release may run on any thread.
// Invariants:
//  * DisposeAsync is never called while a MoveNextAsync is pending (async iterators throw NotSupportedException for
//    that): a pull that is cancelled or released waits for its step to end first, so no step is ever abandoned.
//  * The enumerator is disposed exactly once, by whichever thread moved the state to Released while no pull ran, or
//    else by the puller as its pull returns; _released completes after that disposal, whatever it threw.
//  * Nobody reports the end, a cancellation or a fault, and no Dispose returns, before _released has completed (the
//    ownership law: an iterator is released by the time its end is seen), except on the thread that runs the pull or
//    the disposal itself (a source that disposes its own bridge from inside a step), which would wait for itself.
internal sealed class AsyncEnumerableSource<T>(IAsyncEnumerable<T> source, CancellationToken token) : Iter<T>
{
    private const int Idle = 0, Pulling = 1, Released = 2;

    private int _state;
    private int _busyThread;                  // managed id of the thread pulling or disposing right now, or 0
    private IAsyncEnumerator<T>? _enumerator;
    private CancellationTokenSource? _stop;   // cancelled by the caller's token or by Release; created at the first pull
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    protected override bool TryAdvance(out T item)
    {
        item = default!;
        if (Interlocked.CompareExchange(ref _state, Pulling, Idle) != Idle)
        {
            WaitUntilReleased(); // released by another thread, which may still be disposing
            return false;
        }
        Volatile.Write(ref _busyThread, Environment.CurrentManagedThreadId);
        var context = BlockingWait.ClearContext();
        bool hasNext = false;
        Exception? error = null;
        try
        {
            token.ThrowIfCancellationRequested();
            var e = _enumerator ??= Start();
            var step = e.MoveNextAsync();
            // Synchronously completed steps (the common case for buffered or in-memory sources) cost no allocation.
            hasNext = step.IsCompletedSuccessfully ? step.Result : WaitFor(step.AsTask());
            if (hasNext) item = e.Current;
        }
        catch (Exception caught)
        {
            error = caught; // rethrown below, after the release that another thread may have asked for
        }
        finally
        {
            BlockingWait.Restore(context);
        }
        if (Interlocked.CompareExchange(ref _state, Idle, Pulling) == Released)
        {
            // Another thread released the iterator during this pull and waits for this thread to dispose.
            item = default!;
            hasNext = false;
            try
            {
                DisposeEnumerator();
            }
            catch (Exception releaseError) when (error is not null)
            {
                error.Data[Pull.ReleaseExceptionKey] = releaseError;
            }
            finally
            {
                Volatile.Write(ref _busyThread, 0);
            }
            // The Dispose woke this pull: report the end, unless the caller's token or the source had more to say.
            if (error is OperationCanceledException && !token.IsCancellationRequested) error = null;
        }
        else
        {
            Volatile.Write(ref _busyThread, 0);
        }
        if (error is not null) ExceptionDispatchInfo.Throw(error);
        return hasNext;
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
        var stop = _stop!;
        try
        {
            return BlockingWait.Wait(step, stop.Token);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Cancelled by the caller's token or by a Dispose from another thread. The step owns the enumerator until
            // it ends, and its end is what the source's cancellation produces: wait for it, so that the enumerator
            // can be disposed before the puller sees the cancellation or the end. A source that ignores its token
            // keeps the pull waiting until its step ends, as an await foreach over it would.
            BlockingWait.WaitQuietly(step);
            // A fault other than the cancellation is the source's own error: it wins.
            if (step.Exception?.InnerException is { } fault and not OperationCanceledException) ExceptionDispatchInfo.Throw(fault);
            token.ThrowIfCancellationRequested(); // the caller's token: the promised OperationCanceledException
            return false;                         // Dispose from another thread: report the end
        }
    }

    protected override void Release()
    {
        int previous = Interlocked.Exchange(ref _state, Released);
        if (previous == Idle)
        {
            Volatile.Write(ref _busyThread, Environment.CurrentManagedThreadId);
            try
            {
                DisposeEnumerator();
            }
            finally
            {
                Volatile.Write(ref _busyThread, 0);
            }
            return;
        }
        if (previous == Pulling) CancelQuietly(Volatile.Read(ref _stop)); // the puller disposes when its step ends
        WaitUntilReleased();
    }

    // Blocks until the enumerator is disposed, unless this thread is the one that must dispose it.
    private void WaitUntilReleased()
    {
        if (Volatile.Read(ref _busyThread) == Environment.CurrentManagedThreadId) return;
        var context = BlockingWait.ClearContext();
        try
        {
            _released.Task.Wait();
        }
        finally
        {
            BlockingWait.Restore(context);
        }
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

    // Runs once, on whichever thread moved the state to Released while no pull was running, or on the puller.
    private void DisposeEnumerator()
    {
        var e = _enumerator;
        _enumerator = null;
        var stop = _stop;
        var context = BlockingWait.ClearContext();
        try
        {
            if (e is null) return;
            var pendingDispose = e.DisposeAsync();
            if (!pendingDispose.IsCompletedSuccessfully) pendingDispose.AsTask().GetAwaiter().GetResult();
        }
        finally
        {
            BlockingWait.Restore(context);
            stop?.Dispose();
            _released.TrySetResult();
        }
    }
}
