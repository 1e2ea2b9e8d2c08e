using System.Reactive.Concurrency;
using System.Reactive.Disposables;

namespace Streams;

public static partial class ObservableInterop
{
    /// <summary>Exposes a pull iterator as a cold <see cref="IObservable{T}"/>: subscribing drives the pull loop on
    /// the subscribing thread.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The iterator. The observable <b>borrows</b> it (see remarks).</param>
    /// <returns>An observable that pushes the elements of <paramref name="source"/>, then <c>OnCompleted</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <remarks>
    /// <para><b>Lazy</b>: nothing is pulled before <c>Subscribe</c>. Safe on infinite sources as long as someone
    /// unsubscribes (for example Rx's <c>Take</c>).</para>
    /// <para><b>Threads</b>: like Rx's <c>ToObservable(IEnumerable)</c> on the current-thread scheduler. Subscribed
    /// directly, the loop runs synchronously inside <c>Subscribe</c>, which returns when the iterator ends. Subscribed
    /// from inside an Rx operator chain (a current-thread trampoline is active), the loop is queued on that trampoline so
    /// the operators hold the subscription before the first element: then disposing it from inside <c>OnNext</c>, as
    /// <c>Take</c> does, stops the loop before the next pull.</para>
    /// <para><b>Stopping</b>: the subscription is checked after every element; once disposed, no further element is
    /// pulled and no <c>OnCompleted</c> is sent. An exception thrown by the iterator is sent as <c>OnError</c>; an
    /// exception thrown by the observer's <c>OnNext</c> propagates to the caller of the loop and is not sent as
    /// <c>OnError</c>.</para>
    /// <para><b>Ownership</b>: the observable borrows <paramref name="source"/>, like <c>foreach</c>. Reaching the end
    /// (or an exception) releases the iterator; unsubscribing early leaves the rest of it, and a second subscription
    /// sees only what is left (nothing after a complete first one). Subscriptions to the same observable are serialised
    /// by a lock (the iterator is not thread-safe); a subscription made from inside <c>OnNext</c> of a running pass does
    /// not interleave with it: it runs when that pass ends, over what is left. Use <see cref="ToObservable{T}(Func{Iter{T}}, IScheduler)"/> for an observable
    /// that every subscription replays from a fresh iterator.</para>
    /// <example>
    /// <code>
    /// Pull.Positives().ToObservable().Take(3).Subscribe(Console.WriteLine); // 1 2 3, then the loop stops
    /// </code>
    /// </example>
    /// </remarks>
    public static IObservable<T> ToObservable<T>(this Iter<T> source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new IterObservable<T>(source, null, null);
    }

    /// <summary>Exposes a pull iterator as a cold <see cref="IObservable{T}"/> whose pull loop runs on
    /// <paramref name="scheduler"/>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The iterator. The observable <b>borrows</b> it, as in <see cref="ToObservable{T}(Iter{T})"/>.</param>
    /// <param name="scheduler">Where the loop runs. A scheduler with long-running support (<c>NewThreadScheduler</c>,
    /// <c>TaskPoolScheduler</c>) runs it as a long-running task; any other runs it as one scheduled action that
    /// occupies the scheduler until the loop ends or the subscription is disposed.</param>
    /// <returns>An observable that pushes the elements of <paramref name="source"/>, then <c>OnCompleted</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="scheduler"/> is <see langword="null"/>.</exception>
    /// <remarks>
    /// <para><b>Lazy</b>: nothing is pulled before the scheduled loop starts. <c>Subscribe</c> returns at once.</para>
    /// <para><b>Stopping</b>: disposing the subscription (from any thread, also from inside <c>OnNext</c>) stops the
    /// loop before the next pull; if the loop has not started it never pulls. Errors and ownership are as in
    /// <see cref="ToObservable{T}(Iter{T})"/>: the iterator is borrowed, and concurrent subscriptions wait for each other.</para>
    /// <example>
    /// <code>
    /// var sub = Pull.Positives().ToObservable(NewThreadScheduler.Default).Subscribe(Console.WriteLine);
    /// Thread.Sleep(10); sub.Dispose(); // the background loop stops before its next pull
    /// </code>
    /// </example>
    /// </remarks>
    public static IObservable<T> ToObservable<T>(this Iter<T> source, IScheduler scheduler)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(scheduler);
        return new IterObservable<T>(source, null, scheduler);
    }

    /// <summary>A deferred observable: every subscription builds a fresh iterator with <paramref name="factory"/>,
    /// pushes it, and disposes it (Rx's <c>Defer</c> for pull pipelines).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="factory">Builds the iterator for one subscription; called once per <c>Subscribe</c>.</param>
    /// <param name="scheduler">Where the loop runs; <see langword="null"/> for the subscribing thread (as in
    /// <see cref="ToObservable{T}(Iter{T})"/>).</param>
    /// <returns>A cold observable that replays the pipeline for every subscriber.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="factory"/> is <see langword="null"/>.</exception>
    /// <remarks>
    /// <para><b>Lazy</b>: <paramref name="factory"/> runs when the loop starts, not at <c>Subscribe</c> with a
    /// scheduler. An exception from <paramref name="factory"/> or from the iterator is sent as <c>OnError</c>; a
    /// factory that returns <see langword="null"/> sends an <see cref="ArgumentNullException"/> naming
    /// <c>factory</c>.</para>
    /// <para><b>Ownership</b>: the subscription owns its iterator and disposes it exactly once when the loop ends,
    /// throws, or stops because the subscription was disposed. Subscriptions are independent and may run concurrently.</para>
    /// <example>
    /// <code>
    /// var squares = ObservableInterop.ToObservable(() =&gt; Pull.Range(1, 4).Map(x =&gt; x * x));
    /// squares.Subscribe(Console.WriteLine); // 1 4 9
    /// squares.Subscribe(Console.WriteLine); // 1 4 9 again
    /// </code>
    /// </example>
    /// </remarks>
    public static IObservable<T> ToObservable<T>(Func<Iter<T>> factory, IScheduler? scheduler = null)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return new IterObservable<T>(null, factory, scheduler);
    }
}

// Exactly one of iter (borrowed) and factory (owned, one per subscription) is set.
internal sealed class IterObservable<T>(Iter<T>? iter, Func<Iter<T>>? factory, IScheduler? scheduler) : IObservable<T>
{
    private readonly object _gate = new();
    private readonly Iter<T>? _iter = iter;
    private readonly Func<Iter<T>>? _factory = factory;
    private volatile int _passThread;          // managed id of the thread running a pass over _iter, or 0
    private Queue<Subscription>? _deferred;    // subscriptions made during that pass on its thread; under _gate

    public IDisposable Subscribe(IObserver<T> observer)
    {
        ArgumentNullException.ThrowIfNull(observer);
        var subscription = new Subscription(this, observer);
        if (scheduler is null)
        {
            if (CurrentThreadScheduler.IsScheduleRequired)
            {
                subscription.Run(); // nobody above us could hold the subscription yet: run inline, no scheduling cost
            }
            else
            {
                // Inside an Rx chain: queue on the trampoline so our caller gets the subscription before element one.
                subscription.Scheduled.Disposable = CurrentThreadScheduler.Instance.Schedule(subscription, static (_, s) =>
                {
                    s.Run();
                    return Disposable.Empty;
                });
            }
        }
        else if (scheduler.AsLongRunning() is { } longRunning)
        {
            subscription.Scheduled.Disposable = longRunning.ScheduleLongRunning(subscription, static (s, _) => s.Run());
        }
        else
        {
            subscription.Scheduled.Disposable = scheduler.Schedule(subscription, static (_, s) =>
            {
                s.Run();
                return Disposable.Empty;
            });
        }
        return subscription;
    }

    internal sealed class Subscription(IterObservable<T> owner, IObserver<T> observer) : IDisposable
    {
        private volatile bool _disposed;

        // True while control is inside observer.OnNext: tells an observer exception from an iterator exception.
        internal bool InObserver;

        public readonly SingleAssignmentDisposable Scheduled = new();

        public bool IsDisposed => _disposed;

        public void Dispose()
        {
            _disposed = true;
            Scheduled.Dispose();
        }

        public void Run()
        {
            if (owner._iter is { } borrowed)
            {
                RunBorrowed(borrowed);
                return;
            }
            Iter<T> fresh;
            try
            {
                if (_disposed) return;
                fresh = owner._factory!() ?? throw new ArgumentNullException("factory", "The factory returned null instead of an iterator.");
            }
            catch (Exception e)
            {
                observer.OnError(e);
                return;
            }
            using (fresh) Push(fresh);
        }

        // One pass at a time over the borrowed iterator. A subscription made on the thread that is running a pass
        // (from inside OnNext, directly or through an immediate scheduler) would interleave a second pass with the
        // first: it is queued instead, and runs when the running pass ends, over what that pass left.
        private void RunBorrowed(Iter<T> borrowed)
        {
            int me = Environment.CurrentManagedThreadId;
            if (owner._passThread == me)
            {
                (owner._deferred ??= new Queue<Subscription>()).Enqueue(this); // we hold _gate (Monitor is reentrant)
                return;
            }
            lock (owner._gate)
            {
                owner._passThread = me;
                try
                {
                    Push(borrowed);
                }
                finally
                {
                    // Queued passes run also when the observer of this one threw: the iterator is finished then, so
                    // they see the end (OnCompleted) rather than never hearing anything.
                    try
                    {
                        while (owner._deferred is { Count: > 0 } deferred) deferred.Dequeue().Push(borrowed);
                    }
                    finally
                    {
                        owner._passThread = 0;
                        owner._deferred?.Clear();
                    }
                }
            }
        }

        private void Push(Iter<T> source)
        {
            if (_disposed) return;
            bool reachedEnd;
            try
            {
                var sink = new Sink(this, observer);
                reachedEnd = source.TryFold(ref sink);
            }
            catch (Exception e) when (!InObserver)
            {
                if (!_disposed) observer.OnError(e);
                return;
            }
            if (reachedEnd && !_disposed) observer.OnCompleted();
        }
    }

    // The fold path: one loop through the whole pipeline, no allocation per element.
    private struct Sink(Subscription subscription, IObserver<T> observer) : ISink<T>
    {
        public bool Accept(T item)
        {
            subscription.InObserver = true;
            observer.OnNext(item);
            subscription.InObserver = false;
            return !subscription.IsDisposed;
        }
    }
}
