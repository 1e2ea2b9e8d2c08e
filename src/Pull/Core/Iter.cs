using System.Collections;
using System.ComponentModel;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Streams;

/// <summary>
/// A lazy, one-pass, pull-based iterator: "give me the next element, or say you are done".
/// The semantics are those of Python's iterator protocol (<c>__next__</c> / <c>StopIteration</c>).
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
/// <remarks>
/// <para>An implementer writes one method, <see cref="TryAdvance"/>. Everything else is defined on it,
/// and the base class enforces the laws for every iterator, built-in or user-written:</para>
/// <list type="bullet">
/// <item><description><b>Exhausted stays exhausted.</b> Once <see cref="TryNext"/> has returned <see langword="false"/>,
/// thrown, or the iterator was disposed, every further call returns <see langword="false"/> without calling
/// <see cref="TryAdvance"/> again, even if the implementation would resume.</description></item>
/// <item><description><b>One pass only.</b> Iterating consumes. A second <c>foreach</c> over the same iterator
/// sees only what the first one left.</description></item>
/// <item><description><b>Lazy.</b> Building a pipeline pulls nothing; each stage pulls from upstream only what it needs.</description></item>
/// <item><description><b>Ownership.</b> A stage owns its upstream. Disposing any stage disposes every stage above it,
/// each exactly once. Reaching the end (or throwing) releases the iterator and its upstream at once.
/// <c>foreach</c> and short-circuiting terminals (<c>First</c>, <c>Any</c>, <c>Contains</c>) <i>borrow</i>:
/// leaving early keeps the rest for the next pull, as in Python. Use <c>using</c> to release early.
/// <c>ByRef()</c> lends an iterator to an operator without giving up ownership.</description></item>
/// </list>
/// <para>Internal iteration: <see cref="TryFold{TSink}"/> runs a whole chain as one loop; operators override
/// <see cref="TryFoldCore{TSink}"/> so that a struct sink travels inward and the JIT specialises the chain.</para>
/// <example>
/// <code>
/// using Streams;
/// var it = Pull.Positives().Filter(x =&gt; x % 2 == 0).Map(x =&gt; x * x).Take(3);
/// Console.WriteLine(it.JoinToString(", ")); // 4, 16, 36
/// </code>
/// </example>
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
public abstract partial class Iter<T> : IEnumerable<T>, IDisposable, IDeferredRelease, IStacked
{
    // Bits of _state. Live (no bit) -> Ended -> Released, or Live -> Released; never back. Ended: finished (never
    // pulled again) but Release() has not run, so the upstreams of a stage stay where it left them (Python's rule).
    // Released: Release() ran once (at once, or from the release queue when releases nest deeper than ReleaseQueue
    // allows). Guarded is set at construction on every DepthGuard.Every-th stage of a chain. Zero means "live and not a
    // guard", so Step tests one byte on its fast path.
    private const byte Ended = 1, Released = 2, Done = Ended | Released, Guarded = 4;
    private byte _state;

    // How many stages stand between this one and the nearest depth guard or source below it, along its deepest input
    // (0 for a source, a user iterator and a guard). Set once, at construction, by StackOn.
    private int _depth;

    // False for built-in stages (Stage<T>): reaching their own end leaves their upstreams alone; only Dispose or an
    // exception passing through releases them. True for sources and user iterators: their end releases at once.
    private readonly bool _releaseAtEnd = true;

    /// <summary>Creates an iterator whose <see cref="Release"/> runs at its end, after an exception, or on
    /// <see cref="Dispose"/>, whichever comes first.</summary>
    protected Iter()
    {
    }

    /// <summary>Creates an iterator, choosing when <see cref="Release"/> runs.</summary>
    /// <param name="releaseAtEnd"><see langword="true"/> for a source (it holds a handle: release it at its end, after
    /// an exception, or on <see cref="Dispose"/>); <see langword="false"/> for a stage over upstream iterators it owns
    /// (release only on <see cref="Dispose"/> or after an exception, so that reaching its own end, or stopping early,
    /// leaves the upstreams usable where it left them, as Python does). Every built-in operator is the second kind.</param>
    protected Iter(bool releaseAtEnd) => _releaseAtEnd = releaseAtEnd;

    /// <summary>
    /// Produces the next element: the one method a custom iterator must implement.
    /// </summary>
    /// <param name="item">The next element, when there is one.</param>
    /// <returns><see langword="true"/> if an element was produced; <see langword="false"/> at the end.</returns>
    /// <remarks>The base class never calls this again after it returned <see langword="false"/> or threw,
    /// nor after <see cref="Dispose"/>, so an implementation need not guard against that.</remarks>
    protected abstract bool TryAdvance([MaybeNullWhen(false)] out T item);

    /// <summary>
    /// Internal iteration: pushes elements into <paramref name="sink"/> until the sink asks to stop or the
    /// iterator ends. Operators override this to pass a wrapping sink upstream, so a whole pipeline runs as
    /// one loop; the default pulls with <see cref="TryAdvance"/>.
    /// </summary>
    /// <typeparam name="TSink">The sink type; a struct so that the JIT specialises the loop for it.</typeparam>
    /// <param name="sink">The sink; its state after the call is the caller's result.</param>
    /// <returns><see langword="true"/> if this iterator reached its end; <see langword="false"/> if the sink
    /// stopped first (everything not yet pushed stays available to later pulls).</returns>
    protected virtual bool TryFoldCore<TSink>(ref TSink sink) where TSink : struct, ISink<T>
    {
        // A sink or lambda may pull this iterator itself and find its end: then TryAdvance must not be called again
        // (exhausted stays exhausted). One load of the state byte per element.
        while (TryAdvance(out var item))
        {
            if (!sink.Accept(item)) return false;
            if ((_state & Done) != 0) return true;
        }
        return true;
    }

    /// <summary>
    /// Releases what this iterator holds (handles, upstream iterators it owns). Called at most once: at the end,
    /// after an exception, or on <see cref="Dispose"/>, whichever comes first.
    /// </summary>
    /// <remarks>Built-in operators are released only on <see cref="Dispose"/> or after an exception, never at their
    /// own end: an operator that stops early (<c>Take</c>, <c>Zip</c>) leaves its upstream usable where it stopped,
    /// as Python does. A user iterator that owns an upstream does the same by passing <c>releaseAtEnd: false</c> to
    /// the base constructor.</remarks>
    protected virtual void Release()
    {
    }

    // The fusion hooks (MapStage, FilterStage, FusesMap, FusesFilter) live with their operators: Operators/Map.cs and
    // Operators/Filter.cs, in the part of this partial class there.

    // For a consumer that folds many iterators of one class (FlatMap's inner pipelines): a folder that folds this class
    // with one ordinary virtual call instead of TryFoldCore's generic virtual lookup. Null: fold with TryFold.
    internal virtual ExactFolder<T, TSink>? GetExactFolder<TSink>() where TSink : struct, ISink<T> => null;

    // Capability protocol (Rust's TrustedRandomAccess, ZLinq's TryGetSpan / TryGetNonEnumeratedCount): fast paths ask
    // an iterator what it can do instead of testing for a concrete class. Neither member is generic, so asking costs
    // one ordinary virtual call per fold, not a generic virtual lookup.

    /// <summary>
    /// Span capability, for generated code and operator authors (not for hand use): if this iterator reads its
    /// elements from memory (an array, a list, a string), gives a cursor over them whose position is this iterator's own.
    /// </summary>
    /// <param name="cursor">The cursor, when the result is <see langword="true"/>: every element the iterator reads and a
    /// reference to its position (see <see cref="SpanCursor{T}"/> for the sharing rule a consumer follows).</param>
    /// <returns><see langword="true"/> if the iterator has the capability; the default is <see langword="false"/>.</returns>
    /// <remarks>Pulls nothing and never calls user code. An implementation returns a cursor over its own position field
    /// and keeps that position at or beyond the end once the iterator is finished. A finished or exhausted iterator
    /// may still return <see langword="true"/>, with nothing remaining.</remarks>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public virtual bool TryGetSpanCursor(out SpanCursor<T> cursor)
    {
        cursor = default;
        return false;
    }

    /// <summary>
    /// Count capability, for generated code and operator authors (not for hand use): how many elements remain, if
    /// that is known without pulling them (ZLinq's <c>TryGetNonEnumeratedCount</c>).
    /// </summary>
    /// <param name="count">The number of elements the iterator will still produce, when the result is <see langword="true"/>.</param>
    /// <returns><see langword="true"/> if the count is known; the default is <see langword="false"/>.</returns>
    /// <remarks>Pulls nothing and never calls user code. The count holds until the iterator is next pulled; a finished
    /// iterator reports 0. A stage reports a count only when it can derive it exactly from its upstream's.</remarks>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public virtual bool TryGetRemainingCount(out long count)
    {
        count = 0;
        return false;
    }

    /// <summary>What a stage that forwards the count capability asks its input: <see cref="TryGetRemainingCount"/>, except
    /// that a depth guard answers "unknown" when the stack has too little room left, so asking through any number of
    /// stages cannot overflow the stack (the count is an optimisation; the pull or fold that follows then throws
    /// catchably). Cost: one test of the state byte per forwarding stage.</summary>
    internal bool TryGetRemainingCountOfInput(out long count)
    {
        if ((_state & Guarded) != 0 && !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            count = 0;
            return false;
        }
        return TryGetRemainingCount(out count);
    }

    /// <summary>Whether this iterator has finished: it said end, threw, or was disposed.</summary>
    /// <remarks>A <see langword="false"/> value does not promise a next element (a pull may still find the end).</remarks>
    public bool IsFinished => (_state & Done) != 0;

    // True when a fold must go through TryFold's slow path (finished, or a depth guard): for folders that skip TryFold.
    internal bool FoldsSlowly => _state != 0;

    /// <summary>Pulls the next element, if any (Python's <c>next(it)</c> without the exception).</summary>
    /// <param name="item">The element, when the result is <see langword="true"/>.</param>
    /// <returns><see langword="true"/> if an element was produced; <see langword="false"/> if the iterator is exhausted.</returns>
    /// <remarks>An exception thrown by the iterator (or user code inside it) reaches the caller unchanged, and the
    /// iterator is exhausted and released afterwards, like a Python generator that raised.
    /// Lazy: pulls exactly one element through the pipeline, so it is safe on infinite sources.</remarks>
    public bool TryNext([MaybeNullWhen(false)] out T item)
    {
        // No catch-and-rethrow: the filter only records the exception and the finally finishes this iterator as the
        // exception passes. A rethrow from a catch block would start a new exception dispatch on top of the stack that
        // the first one still occupies, so stages that pull their upstream with TryNext would nest one dispatch per stage
        // and a deep pipeline would overflow the stack while unwinding from a depth guard's exception.
        Exception? error = null;
        try
        {
            return Step(out item);
        }
        catch (Exception e) when (ExceptionFilter.Remember(e, out error))
        {
            throw; // never reached: Remember returns false
        }
        finally
        {
            if (error is not null) FinishAfter(error);
        }
    }


    /// <summary>
    /// The pull that built-in operators use on their upstream: <see cref="TryNext"/> without the exception handler,
    /// small enough to inline. Exceptions still finish every stage: they reach the outermost <see cref="TryNext"/>
    /// or <see cref="TryFold{TSink}"/>, whose <see cref="Release"/> disposes the whole chain above it.
    /// </summary>
    internal bool Step([MaybeNullWhen(false)] out T item)
    {
        if (_state == 0)
        {
            if (TryAdvance(out item)) return true;
            End();
            return false;
        }
        return GuardedStep(out item);
    }

    // A finished iterator, or a depth guard: one stage in DepthGuard.Every checks that the stack has room before pulling
    // through it, so a pull through any number of stages throws InsufficientExecutionStackException (catchable; the
    // outermost TryNext then finishes the pipeline) instead of overflowing the stack.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool GuardedStep([MaybeNullWhen(false)] out T item)
    {
        if ((_state & Done) != 0)
        {
            item = default;
            return false;
        }
        RuntimeHelpers.EnsureSufficientExecutionStack();
        if (TryAdvance(out item)) return true;
        End();
        return false;
    }

    /// <summary>Stages between this one and the nearest depth guard or source below it (see <see cref="StackOn"/>).</summary>
    internal int StackDepth => _depth;

    int IStacked.StackDepth => _depth;

    /// <summary>Records, once, at construction, that this stage pulls from inputs whose deepest
    /// <see cref="StackDepth"/> is <paramref name="upstreamDepth"/>. The stage that would be the
    /// <see cref="DepthGuard.Every"/>-th without a guard below it becomes a depth guard and counts from 0 again, so along
    /// any chain of built-in stages, whatever the mix of operators and inputs, at most <see cref="DepthGuard.Every"/> - 1
    /// stages in a row run without a stack check. Cost: one add, one compare and one field write per stage built;
    /// nothing per element.</summary>
    private protected void StackOn(int upstreamDepth)
    {
        int depth = upstreamDepth + 1;
        if (depth >= DepthGuard.Every)
        {
            _state |= Guarded;
            depth = 0;
        }
        _depth = depth;
    }

    /// <summary>Pulls the next element (Python's <c>next(it)</c>).</summary>
    /// <returns>The next element.</returns>
    /// <exception cref="IteratorExhaustedException">The iterator is exhausted (Python's <c>StopIteration</c>).</exception>
    /// <remarks>Lazy: pulls exactly one element through the pipeline, so it is safe on infinite sources.</remarks>
    public T Next() => TryNext(out var item) ? item : ThrowHelper.ThrowExhausted<T>();

    /// <summary>Pulls the next element, or returns <paramref name="defaultValue"/> at the end (Python's <c>next(it, default)</c>).</summary>
    /// <param name="defaultValue">What to return when the iterator is exhausted.</param>
    /// <returns>The next element, or <paramref name="defaultValue"/>.</returns>
    /// <remarks>Lazy: pulls exactly one element through the pipeline, so it is safe on infinite sources.</remarks>
    public T Next(T defaultValue) => TryNext(out var item) ? item : defaultValue;

    /// <summary>
    /// Internal iteration (Rust's <c>try_fold</c>): pushes elements into <paramref name="sink"/> until it asks to
    /// stop or the iterator ends. Terminal operations are built on this; it is the fast path.
    /// </summary>
    /// <typeparam name="TSink">A struct sink; the JIT specialises the whole pipeline's loop for it.</typeparam>
    /// <param name="sink">The sink, updated in place.</param>
    /// <returns><see langword="true"/> if the iterator reached its end (it is then finished and released);
    /// <see langword="false"/> if the sink stopped first (the rest stays available).</returns>
    /// <remarks>An exception from the sink or the pipeline propagates unchanged and finishes the iterator.
    /// <see langword="true"/> also when the iterator was already finished.</remarks>
    public bool TryFold<TSink>(ref TSink sink) where TSink : struct, ISink<T>
    {
        if (_state != 0)
        {
            if ((_state & Done) != 0) return true;
            return GuardedFold(ref sink);
        }
        bool reachedEnd;
        Exception? error = null;
        try
        {
            // Asking the span capability first folds every memory-backed iterator without the generic virtual dispatch
            // of TryFoldCore (a runtime lookup per call, one per inner pipeline of a FlatMap).
            reachedEnd = TryGetSpanCursor(out var cursor) ? cursor.Fold(ref sink) : TryFoldCore(ref sink);
        }
        catch (Exception e) when (ExceptionFilter.Remember(e, out error))
        {
            throw; // never reached; a filter and a finally, as in TryNext, so nested folds do not nest exception dispatch
        }
        finally
        {
            if (error is not null) FinishAfter(error);
        }
        if (reachedEnd) End();
        return reachedEnd;
    }

    // A depth guard folds by pulling: the sinks of the stages below it nest as generic types at most DepthGuard.Every
    // deep, and the stages above it are reached through GuardedStep, which checks the stack. Costs one stack check per
    // fold and one virtual call per element at this stage only.
    private bool GuardedFold<TSink>(ref TSink sink) where TSink : struct, ISink<T>
    {
        Exception? error = null;
        try
        {
            RuntimeHelpers.EnsureSufficientExecutionStack();
            while (TryAdvance(out var item))
            {
                if (!sink.Accept(item)) return false;
                if ((_state & Done) != 0) return true; // a lambda pulled this iterator to its end (see TryFoldCore)
            }
        }
        catch (Exception e) when (ExceptionFilter.Remember(e, out error))
        {
            throw; // never reached (see TryNext)
        }
        finally
        {
            if (error is not null) FinishAfter(error);
        }
        End();
        return true;
    }

    /// <summary>Finishes the iterator and releases it and every iterator it owns (every stage above it), each exactly
    /// once, also after it has ended. Idempotent.</summary>
    /// <exception cref="AggregateException">Releasing two or more owned iterators threw; every other one was still
    /// released. One failing release throws its own exception unchanged.</exception>
    // No GC.SuppressFinalize: Iter<T> has no finalizer, and FlatMap disposes a small pipeline per outer element,
    // so the extra runtime call showed in its profile. A subclass that adds a finalizer suppresses it in Release.
    [SuppressMessage("Usage", "CA1816:Dispose methods should call SuppressFinalize", Justification = "No finalizer; hot path.")]
    public void Dispose() => Finish();

    /// <summary>Releases now, whatever the state (Dispose, or an exception passed through). Idempotent.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)] // rare path: keep it out of the inlined Step
    internal void Finish()
    {
        if ((_state & Released) != 0) return;
        _state |= Released;
        ReleaseQueue.Release(this);
    }

    /// <summary>This iterator reached its own end: a source releases at once, a stage keeps its upstreams.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)] // rare path: keep it out of the inlined Step
    internal void End()
    {
        if ((_state & Done) != 0) return;
        if (_releaseAtEnd) Finish();
        else _state |= Ended;
    }

    /// <summary>Finishes after <paramref name="error"/> passed through. A release that throws too does not hide the
    /// original exception: it is attached to <paramref name="error"/> as
    /// <c>Data[</c><see cref="Pull.ReleaseExceptionKey"/><c>]</c>, and the caller rethrows <paramref name="error"/>.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal void FinishAfter(Exception error)
    {
        try
        {
            Finish();
        }
        catch (Exception releaseError) when (!ReferenceEquals(releaseError, error))
        {
            error.Data[Pull.ReleaseExceptionKey] = releaseError;
        }
    }

    void IDeferredRelease.RunRelease() => Release();

    /// <summary>Describes the pipeline's shape, e.g. <c>Positives().Filter().Map().Take()</c>, for the debugger and error messages.</summary>
    /// <returns>The stages from the source to this one; a user iterator shows its class name.</returns>
    /// <remarks>Pulls nothing. Stage names come from the operator classes; nested inputs (Zip, Chain) show as arguments.</remarks>
    public override string ToString() => PipelineShape.Describe(this);

    /// <summary>Returns a borrowing enumerator for <c>foreach</c>; it allocates nothing.</summary>
    /// <returns>An enumerator that pulls from this iterator.</returns>
    /// <remarks>
    /// The enumerator borrows: leaving a <c>foreach</c> early leaves the rest of this iterator for later pulls
    /// (Python's <c>for</c>), and a second <c>foreach</c> sees only what is left (nothing, after a full loop).
    /// Reaching the end releases resources; to release them after an early exit, dispose the iterator (<c>using</c>).
    /// Lazy: each <c>MoveNext</c> pulls one element, so a <c>foreach</c> over an infinite source runs until it breaks.
    /// </remarks>
    public Enumerator GetEnumerator() => new(this);

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => new BoxedEnumerator(this);

    IEnumerator IEnumerable.GetEnumerator() => new BoxedEnumerator(this);

    /// <summary>A borrowing <c>foreach</c> enumerator over an <see cref="Iter{T}"/>.</summary>
    public struct Enumerator : IDisposable
    {
        private readonly Iter<T> _iter;
        private T _current;

        // True only while a pull is running. If Dispose (which foreach runs in its finally) finds it still true, the
        // pull threw: the iterator is finished and released then, before the caller's catch runs. A break or an
        // exception from the loop body finds it false and leaves the rest of the iterator, as Python's for does.
        // Keeping the exception handler out of MoveNext lets the JIT inline the whole pull into the loop.
        private bool _pulling;

        internal Enumerator(Iter<T> iter)
        {
            _iter = iter;
            _current = default!;
        }

        /// <summary>The element the last successful <see cref="MoveNext"/> produced.</summary>
        public readonly T Current => _current;

        /// <summary>Pulls the next element.</summary>
        /// <returns><see langword="true"/> if there was one.</returns>
        public bool MoveNext()
        {
            if (_pulling) _iter.Finish(); // the previous pull threw and Dispose was not called: release now
            _pulling = true;
            // Through a local, not `out _current`: taking the field's address would pin the whole enumerator to the
            // stack; this way the JIT keeps its fields in registers across the loop.
            bool got = _iter.Step(out T? item);
            _current = item!;
            _pulling = false;
            return got;
        }

        /// <summary>Ends a <c>foreach</c>: leaves the iterator as it is (borrowed), unless the last pull threw, in
        /// which case the iterator is finished and released, like a generator that raised. The pull's exception is
        /// then in flight and must reach the caller: a release that throws as well is dropped here (use
        /// <see cref="TryNext"/> or <see cref="TryFold{TSink}"/> to see it in <see cref="Exception.Data"/>).</summary>
        [SuppressMessage("Design", "CA1031:Do not catch general exception types", Justification = "The pull's exception is in flight and wins.")]
        public void Dispose()
        {
            if (_pulling)
            {
                _pulling = false;
                try
                {
                    _iter.Finish();
                }
                catch (Exception)
                {
                    // Only reached while the pull's own exception unwinds through the foreach: it must not be replaced.
                }
            }
        }
    }

    // Used where the iterator is seen as IEnumerable<T> (LINQ, collection initialisers). It borrows like
    // Enumerator: disposing it does not dispose the iterator, so a LINQ Take(3) leaves the rest.
    private sealed class BoxedEnumerator(Iter<T> iter) : IEnumerator<T>
    {
        private T _current = default!;

        public T Current => _current;

        object? IEnumerator.Current => _current;

        public bool MoveNext() => iter.TryNext(out _current!);

        public void Reset() => throw new NotSupportedException("A Streams iterator is one pass only; it cannot be reset.");

        public void Dispose()
        {
        }
    }
}
