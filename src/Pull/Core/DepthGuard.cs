using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;

namespace Streams;

internal static class DepthGuard
{
    // One stage in this many checks the stack (RuntimeHelpers.EnsureSufficientExecutionStack) when pulled or folded.
    // The check demands 64 KB (32-bit) or 128 KB (64-bit) of free stack; 32 stages between checks use a few KB, so
    // no chain can overflow between two checks. Pipelines shallower than this have no guard at all.
    public const int Every = 32;

    /// <summary>Before entering an input that is known only at run time (the inner pipelines of <c>FlatMap</c>,
    /// <c>SelectMany</c>, <c>ChainMany</c>, what <c>Defer</c> built): their depth is not part of this stage's, and such
    /// inputs can nest without bound (<c>Defer(() =&gt; previous)</c> in a loop). A built-in stage that is not a guard
    /// (<see cref="Iter{T}.StackDepth"/> above 0) leads to more stages, so the stack is checked first; a source, a user
    /// iterator or a guard (depth 0) costs only the compare. Cost: one field load and compare per entry (per element on
    /// the pull path, per inner pipeline on the fold path), plus one stack check when the input is a stage.</summary>
    /// <exception cref="InsufficientExecutionStackException">The stack has too little room left to go deeper.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Enter<T>(Iter<T> input)
    {
        if (input.StackDepth > 0) RuntimeHelpers.EnsureSufficientExecutionStack();
    }

    /// <summary>The deepest <see cref="Iter{T}.StackDepth"/> among <paramref name="inputs"/> (0 for none).</summary>
    public static int Deepest<T>(Iter<T>[] inputs)
    {
        int depth = 0;
        foreach (var input in inputs) depth = Math.Max(depth, input.StackDepth);
        return depth;
    }

    /// <summary>The <see cref="Iter{T}.StackDepth"/> of an input known only as an object (0 if it is not an iterator).</summary>
    public static int Of(object? input) => input is IStacked stacked ? stacked.StackDepth : 0;
}

/// <summary>An iterator's depth (<see cref="Iter{T}.StackDepth"/>), readable without knowing its element type.</summary>
internal interface IStacked
{
    int StackDepth { get; }
}

/// <summary>What <see cref="ReleaseQueue"/> calls: an iterator's Release, after it has been marked finished.</summary>
internal interface IDeferredRelease
{
    void RunRelease();
}

// Releasing a stage disposes its upstream, which releases its upstream, and so on: recursion as deep as the pipeline.
// Up to MaxNesting nested releases run at once, as plain calls (what shallow pipelines always do, so their release order
// and exceptions are unchanged); deeper ones are queued and run by the outermost release once its own returns, so
// disposing any number of stages uses bounded stack. A queued release that throws does not stop the others: the first
// exception is rethrown after the queue is empty,
// unless the outermost release itself threw. Per release: one thread-static increment and decrement.
internal static class ReleaseQueue
{
    private const int MaxNesting = 64;

    [ThreadStatic] private static int t_nesting;
    [ThreadStatic] private static Stack<IDeferredRelease>? t_pending;

    public static void Release(IDeferredRelease iterator)
    {
        int nesting = t_nesting;
        if (nesting >= MaxNesting)
        {
            (t_pending ??= new()).Push(iterator);
            return;
        }
        t_nesting = nesting + 1;
        Exception? queuedError = null;
        try
        {
            iterator.RunRelease();
        }
        finally
        {
            t_nesting = nesting;
            // Drained also when this release threw, so no queued release waits for a later, unrelated release; the
            // exception already in flight then wins over a queued one.
            if (nesting == 0 && t_pending is { Count: > 0 } pending) queuedError = Drain(pending);
        }
        if (queuedError is not null) ExceptionDispatchInfo.Throw(queuedError);
    }

    private static Exception? Drain(Stack<IDeferredRelease> pending)
    {
        Exception? first = null;
        while (pending.TryPop(out var next))
        {
            t_nesting = 1;
            try
            {
                next.RunRelease();
            }
            catch (Exception e)
            {
                first ??= e;
            }
            finally
            {
                t_nesting = 0;
            }
        }
        return first;
    }
}
