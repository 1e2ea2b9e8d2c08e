namespace Streams;

public static partial class ObservableInterop
{
    /// <summary>Adapts a <b>cold</b> <see cref="IObservable{T}"/> to a pull iterator through a <b>bounded</b> buffer of
    /// <paramref name="capacity"/> elements, with an explicit <paramref name="policy"/> for a full buffer; subscribes at
    /// the first pull (<see cref="SubscribeAt.FirstPull"/>).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The push sequence; subscribed at the first pull.</param>
    /// <param name="capacity">The most elements held between the producer and the puller; at least 1. Nothing is
    /// allocated in proportion to it: the buffer grows with what it holds.</param>
    /// <param name="policy">What a push into a full buffer does: block the producer, drop the newest, drop the oldest,
    /// or fail (see <see cref="OverflowPolicy"/>).</param>
    /// <returns>A lazy iterator over the pushed elements, in push order (minus any the policy dropped).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="capacity"/> is less than 1, or
    /// <paramref name="policy"/> is not a defined value.</exception>
    /// <remarks>
    /// Same as <see cref="ToIter{T}(IObservable{T}, int, OverflowPolicy, SubscribeAt)"/> with
    /// <see cref="SubscribeAt.FirstPull"/>; see there for threads, stopping, errors and reentrancy. For a hot source
    /// (a <c>Subject</c>) pass <see cref="SubscribeAt.Now"/>, or everything pushed before the first pull is lost.
    /// <example>
    /// <code>
    /// using var it = Observable.Range(0, 1_000_000).ToIter(capacity: 256, OverflowPolicy.Block);
    /// long sum = it.Sum(); // every element, never more than 256 buffered
    /// </code>
    /// </example>
    /// </remarks>
    public static Iter<T> ToIter<T>(this IObservable<T> source, int capacity, OverflowPolicy policy) =>
        ToIter(source, capacity, policy, SubscribeAt.FirstPull);

    /// <summary>Adapts an <see cref="IObservable{T}"/> to a pull iterator through a <b>bounded</b> buffer of
    /// <paramref name="capacity"/> elements, with an explicit <paramref name="policy"/> for a full buffer, subscribing
    /// when <paramref name="subscribeAt"/> says: at the first pull for a cold source, at once for a hot one.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The push sequence.</param>
    /// <param name="capacity">The most elements held between the producer and the puller; at least 1. Nothing is
    /// allocated in proportion to it: the buffer grows with what it holds.</param>
    /// <param name="policy">What a push into a full buffer does (see <see cref="OverflowPolicy"/>).</param>
    /// <param name="subscribeAt"><see cref="SubscribeAt.FirstPull"/> (cold sources) or <see cref="SubscribeAt.Now"/>
    /// (hot sources: a <c>Subject</c>, events).</param>
    /// <returns>An iterator over the pushed elements, in push order (minus any the policy dropped).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="capacity"/> is less than 1, or
    /// <paramref name="policy"/> or <paramref name="subscribeAt"/> is not a defined value.</exception>
    /// <remarks>
    /// <para><b>Hot and cold</b>: with <see cref="SubscribeAt.FirstPull"/> nothing happens before the first pull, which
    /// subscribes on a dedicated background thread that ends as soon as <c>Subscribe</c> returns; a synchronous source
    /// that pushes everything (even forever) inside <c>Subscribe</c> is handled under every policy, and under
    /// <see cref="OverflowPolicy.Block"/> waits for the puller instead of deadlocking it. With
    /// <see cref="SubscribeAt.Now"/> this call subscribes on the calling thread and returns after <c>Subscribe</c>
    /// did: every element a hot source pushes from then on is buffered (within the policy).</para>
    /// <para><b>Pulling</b>: a pull takes the oldest buffered element, or <b>blocks</b> until the producer pushes,
    /// completes or fails. The puller takes up to half the capacity at a time under one lock (a batch), so a fast
    /// producer and a fast puller do not switch threads per element; elements taken count against the capacity until
    /// they are pulled.</para>
    /// <para><b>Stopping</b>: disposing the iterator disposes the subscription at once, exactly once, discards the
    /// buffer and wakes a blocked producer. A <b>Dispose from another thread</b> also wakes a blocked pull, which then
    /// reports the end (<c>TryNext</c> returns <see langword="false"/>). A synchronous producer that ignores the
    /// disposal and keeps pushing on the subscribing thread gets an <see cref="OperationCanceledException"/> from
    /// <c>OnNext</c>, which unwinds its loop; pushes from other threads after disposal are ignored. An iterator that is
    /// dropped without <c>Dispose</c> is stopped the same way once the garbage collector finalizes it: no thread stays
    /// blocked and no producer keeps running for it.</para>
    /// <para><b>The Rx grammar is enforced</b>: after <c>OnCompleted</c> or <c>OnError</c>, further notifications are
    /// ignored. <c>OnCompleted</c> ends the iterator after the buffered elements; <c>OnError</c> (or an exception thrown
    /// by <c>Subscribe</c>) is thrown once, by the pull after the buffered elements. With
    /// <see cref="OverflowPolicy.Fail"/> an overflow disposes the subscription and the pull after the buffered elements
    /// throws <see cref="InvalidOperationException"/>.</para>
    /// <para><b>No exception escapes on a bridge thread</b>: a subscription whose <c>Dispose</c> throws, when the bridge
    /// must dispose it on its own subscribing thread, on the producer's thread (a <c>Fail</c> overflow) or after
    /// finalization, has that exception dropped. Disposed by your <c>Dispose</c> call, its exception reaches you.</para>
    /// <para><b>Reentrancy</b>: under <see cref="OverflowPolicy.Block"/>, a push into a full buffer from the thread that
    /// pulled last (or, with <see cref="SubscribeAt.Now"/>, the thread that called <c>ToIter</c>, before any pull) would
    /// deadlock; it throws <see cref="InvalidOperationException"/> to that push instead.</para>
    /// <example>
    /// A hot source: subscribe now, or the pushes before the first pull are lost.
    /// <code>
    /// var subject = new Subject&lt;int&gt;();
    /// using var it = subject.ToIter(64, OverflowPolicy.Block, SubscribeAt.Now);
    /// subject.OnNext(1); subject.OnNext(2); subject.OnCompleted();
    /// Console.WriteLine(it.Sum()); // 3 (with SubscribeAt.FirstPull: 0, the pushes came before the subscription)
    /// </code>
    /// </example>
    /// </remarks>
    public static Iter<T> ToIter<T>(this IObservable<T> source, int capacity, OverflowPolicy policy, SubscribeAt subscribeAt)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        if (!Enum.IsDefined(policy)) throw new ArgumentOutOfRangeException(nameof(policy), policy, "Unknown overflow policy.");
        if (!Enum.IsDefined(subscribeAt)) throw new ArgumentOutOfRangeException(nameof(subscribeAt), subscribeAt, "Unknown subscription time.");
        var bridge = new ObservableBridge<T>(source, capacity, policy);
        var it = new ObservableSource<T>(bridge);
        if (subscribeAt == SubscribeAt.Now) bridge.SubscribeOnCallingThread();
        return it;
    }
}

// The puller's face of the bridge. It holds the bridge; nothing the producer side holds refers back to it, so once the
// consumer drops it the garbage collector can finalize it, and the finalizer stops the bridge.
internal sealed class ObservableSource<T>(ObservableBridge<T> bridge) : Iter<T>
{
    internal ObservableBridge<T> Bridge => bridge;

    // Test hooks.
    internal int MaxBuffered => bridge.MaxBuffered;

    internal long Dropped => bridge.Dropped;

    internal Thread? SubscribeThread => bridge.SubscribeThread;

    protected override bool TryAdvance(out T item) => bridge.Take(out item);

    protected override void Release()
    {
        GC.SuppressFinalize(this);
        bridge.Stop(quietly: false);
    }

    // Runs on the finalizer thread, which must never block or throw: the stop (which disposes the subscription) is
    // handed to the thread pool, where Stop(quietly: true) drops any exception.
    ~ObservableSource() =>
        ThreadPool.UnsafeQueueUserWorkItem(static b => b.Stop(quietly: true), bridge, preferLocal: false);
}
