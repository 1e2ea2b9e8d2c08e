namespace Streams;

// The one place a bridge blocks a thread on an asynchronous operation.
// Invariant: while blocked, the current SynchronizationContext is cleared, so continuations of the awaited operation
// never try to come back to the blocked thread (no deadlock on a UI or single-threaded context).
internal static class BlockingWait
{
    /// <summary>Blocks until <paramref name="pending"/> completes or <paramref name="token"/> is cancelled.</summary>
    /// <returns>The operation's result; its exception (unwrapped, original stack trace) if it failed.</returns>
    /// <exception cref="OperationCanceledException"><paramref name="token"/> was cancelled first; the operation may
    /// still be running.</exception>
    public static TResult Wait<TResult>(Task<TResult> pending, CancellationToken token)
    {
        try
        {
            pending.Wait(token);
        }
        catch (AggregateException)
        {
            // Faulted or cancelled by its own token: GetResult below rethrows the original exception.
        }
        return pending.GetAwaiter().GetResult();
    }

    /// <summary>Blocks until <paramref name="pending"/> completes, in whatever state; its outcome is left to the caller.</summary>
    public static void WaitQuietly(Task pending)
    {
        try
        {
            pending.Wait();
        }
        catch (AggregateException)
        {
            // Faulted or cancelled: the caller reads pending.Exception or pending.IsCanceled.
        }
    }

    /// <summary>Clears the current <see cref="SynchronizationContext"/> and returns it, to be restored with
    /// <see cref="Restore"/>; <see langword="null"/> (and nothing to restore) in the common case of no context.</summary>
    public static SynchronizationContext? ClearContext()
    {
        var context = SynchronizationContext.Current;
        if (context is not null) SynchronizationContext.SetSynchronizationContext(null);
        return context;
    }

    public static void Restore(SynchronizationContext? context)
    {
        if (context is not null) SynchronizationContext.SetSynchronizationContext(context);
    }
}
