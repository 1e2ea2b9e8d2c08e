using System.Runtime.ExceptionServices;

namespace Streams;

// The hand-off between one producer (the observer side) and one puller, guarded by _gate.
// Invariants (under _gate):
//  * held = _count + _takenRemaining <= _capacity: the ring plus what the puller took but has not pulled yet;
//  * the ring grows by doubling with what it holds, never beyond _capacity (nothing allocated up front);
//  * once _closed is true no element is added again and no notification changes _error;
//  * _subscription is disposed at most once.
// Cost per element: the producer takes the lock once; the puller takes it once per batch of up to _batch elements
// and otherwise reads its own array. Each side pulses the other only when it is known to be waiting.
//
// Why a ring and a Monitor, not a bounded System.Threading.Channels channel (which Streams.Async uses):
//  * semantics a channel does not have: Fail (no BoundedChannelFullMode fails; it would be Wait plus a failed TryWrite);
//    DropNewest here discards the incoming element, which is the channel's DropWrite (its DropNewest evicts the newest
//    buffered one); the Block reentrancy check (a push from the pulling thread throws instead of deadlocking) and the
//    unwinding of a synchronous producer after Stop (StopException) need this class's own state around any queue;
//  * cost: both sides of a bridge block threads. A channel wakes a blocked reader or writer through a ValueTask, and a
//    thread that blocks on it must turn that into a Task (AsTask: an allocation per blocked wait) and wake per item;
//    here a blocked side sleeps in Monitor.Wait (no allocation) and, under Block, the puller takes half the capacity
//    per lock, so a full buffer does not hand over one element per wake-up.
// Measured (benchmarks/Interop: ObservableBridgeBenchmarks, 100,000 elements, and ObservableBridgeLatencyBenchmarks,
// 10,000 one-element round trips; one BenchmarkDotNet ShortRun in process, Release, on a shared 2-core machine, so
// ratios only): against the same hand-off through a bounded channel of equal capacity, this bridge took 0.35-0.6x
// the channel's time from a synchronous producer and 0.2-0.8x from a producer thread (capacities 16 to 1024), 0.26x
// per round trip; from a producer thread it allocated 2-12 KB per run against the channel's 28-1,081 KB, and 2 KB
// against 868 KB over the round trips. A channel-backed bridge would keep the ring's extra state and add the
// channel's costs: the ring stays.
internal sealed class ObservableBridge<T> : IObserver<T>
{
    private const int SpinsBeforeWait = 64;
    private static readonly IDisposable Disposed = new DisposedMarker();

    private readonly IObservable<T> _source;
    private readonly OverflowPolicy _policy;
    private readonly int _capacity;
    private readonly int _batch;
    private readonly object _gate = new();
    private T[] _ring = [];
    private int _head;
    private int _count;
    private bool _closed;                    // OnCompleted, OnError, a Fail overflow, a Subscribe exception, or Stop
    private bool _stopped;                   // Stop ran: the puller is gone, elements are discarded
    private Exception? _error;               // what the puller throws after the buffer, if _closed
    private bool _pullerWaiting;
    private bool _producerWaiting;
    private volatile int _pullerThread;      // managed id of the thread that pulled last (or called ToIter with Now)
    private volatile int _subscribingThread; // managed id of the thread inside Subscribe right now, or 0
    private IDisposable? _subscription;      // null before Subscribe returned; Disposed after disposal
    private bool _subscribed;                // Subscribe was started (at the first pull or at once)

    // Puller-private: the batch taken out of the ring, read without the lock.
    private T[] _taken = [];
    private int _takenIndex;
    private int _takenCount;
    private volatile int _takenRemaining;    // _takenCount - _takenIndex, read by the producer under _gate

    public ObservableBridge(IObservable<T> source, int capacity, OverflowPolicy policy)
    {
        _source = source;
        _capacity = capacity;
        _policy = policy;
        // Under Block the puller takes half the capacity at a time, so the producer can fill the other half meanwhile.
        // Dropping policies take one at a time: what the puller took cannot be dropped, so a batch would weaken them.
        _batch = policy == OverflowPolicy.Block ? Math.Max(1, Math.Min(capacity / 2, 1024)) : 1;
    }

    // Test hooks: the most elements ever held, how many the policy dropped, the subscribing thread.
    internal int MaxBuffered { get; private set; }

    internal long Dropped { get; private set; }

    internal Thread? SubscribeThread { get; private set; }

    // ---- puller side ----

    public bool Take(out T item)
    {
        int i = _takenIndex;
        if (i < _takenCount)
        {
            item = _taken[i];
            _taken[i] = default!;
            _takenIndex = i + 1;
            _takenRemaining = _takenCount - i - 1;
            return true;
        }
        return Refill(out item);
    }

    private bool Refill(out T item)
    {
        if (!_subscribed) StartSubscribeThread();
        // The last thread that pulled is the one a blocking push from that same thread would deadlock.
        _pullerThread = Environment.CurrentManagedThreadId;
        if (Volatile.Read(ref _count) == 0) SpinUntilSomething();
        lock (_gate)
        {
            while (_count == 0)
            {
                if (_closed)
                {
                    if (_error is { } error)
                    {
                        _error = null; // thrown once
                        ExceptionDispatchInfo.Throw(error);
                    }
                    item = default!;
                    return false;
                }
                _pullerWaiting = true;
                Monitor.Wait(_gate);
                _pullerWaiting = false;
            }
            int n = Math.Min(_count, _batch);
            if (_taken.Length < n) _taken = new T[Math.Min(_batch, Math.Max(n, _taken.Length * 2))];
            int first = Math.Min(n, _ring.Length - _head);
            Array.Copy(_ring, _head, _taken, 0, first);
            Array.Clear(_ring, _head, first);
            if (first < n)
            {
                Array.Copy(_ring, 0, _taken, first, n - first);
                Array.Clear(_ring, 0, n - first);
            }
            _head = (_head + n) % _ring.Length;
            _count -= n;
            item = _taken[0];
            _taken[0] = default!;
            _takenIndex = 1;
            _takenCount = n;
            _takenRemaining = n - 1;
            // Room appeared when the previous batch was pulled; a waiting producer can fill it while this one is pulled.
            if (_producerWaiting) Monitor.PulseAll(_gate);
            return true;
        }
    }

    // A producer that is about to push saves both threads a sleep and a wake-up (one pulse per element otherwise).
    private void SpinUntilSomething()
    {
        var spin = new SpinWait();
        for (int i = 0; i < SpinsBeforeWait && Volatile.Read(ref _count) == 0 && !Volatile.Read(ref _closed); i++)
        {
            spin.SpinOnce(sleep1Threshold: -1);
        }
    }

    // The puller is gone (Dispose, or finalization): discard, unsubscribe once, wake whoever waits.
    public void Stop(bool quietly)
    {
        IDisposable? subscription;
        lock (_gate)
        {
            if (_stopped) return;
            _stopped = true;
            _closed = true;
            _error = null;
            _ring = [];
            _count = 0;
            _head = 0;
            subscription = _subscription;
            _subscription = Disposed;
            Monitor.PulseAll(_gate); // a blocked producer or a blocked pull (Dispose from another thread) wakes
        }
        // The puller's batch (_taken) is left alone: Stop may run on another thread while the puller reads it.
        // Outside the lock: disposal may wait for a producer that needs the lock to leave OnNext.
        if (subscription is not null && subscription != Disposed) DisposeSubscription(subscription, quietly);
    }

    // ---- subscribing ----

    private void StartSubscribeThread()
    {
        _subscribed = true;
        // The thread holds the bridge, never the iterator: a dropped iterator stays collectable.
        var thread = new Thread(static state => ((ObservableBridge<T>)state!).Subscribe(onBridgeThread: true))
        {
            IsBackground = true,
            Name = "Streams observable bridge",
        };
        SubscribeThread = thread;
        thread.Start(this);
    }

    public void SubscribeOnCallingThread()
    {
        _subscribed = true;
        _pullerThread = Environment.CurrentManagedThreadId;
        Subscribe(onBridgeThread: false);
    }

    private void Subscribe(bool onBridgeThread)
    {
        IDisposable? subscription = null;
        _subscribingThread = Environment.CurrentManagedThreadId;
        try
        {
            subscription = _source.Subscribe(this);
        }
        catch (StopException)
        {
            // We threw it ourselves to unwind a synchronous producer that kept pushing after we stopped.
        }
        catch (Exception e)
        {
            OnError(e);
        }
        finally
        {
            _subscribingThread = 0;
        }
        if (subscription is null) return;
        bool disposeNow;
        lock (_gate)
        {
            disposeNow = _subscription == Disposed;
            if (!disposeNow) _subscription = subscription;
        }
        // On our own thread an exception has nowhere to go; on the caller's (SubscribeAt.Now) it reaches the caller.
        if (disposeNow) DisposeSubscription(subscription, quietly: onBridgeThread);
    }

    private static void DisposeSubscription(IDisposable subscription, bool quietly)
    {
        if (!quietly)
        {
            subscription.Dispose();
            return;
        }
        try
        {
            subscription.Dispose();
        }
        catch (Exception)
        {
            // Dropped on purpose: a thread of the bridge's (or the producer's, or the finalizer's) has no caller to
            // give it to, and an exception there would end the process. Documented on ToIter.
        }
    }

    // ---- observer side ----

    public void OnNext(T value)
    {
        if (_policy == OverflowPolicy.Block && IsFull()) SpinUntilRoom();
        IDisposable? failed = null;
        lock (_gate)
        {
            if (!_closed && _count + _takenRemaining >= _capacity)
            {
                switch (_policy)
                {
                    case OverflowPolicy.Block:
                        if (_pullerThread == Environment.CurrentManagedThreadId)
                        {
                            throw new InvalidOperationException(
                                "OnNext into a full buffer from the thread that is pulling from it would deadlock.");
                        }
                        while (!_closed && _count + _takenRemaining >= _capacity)
                        {
                            _producerWaiting = true;
                            Monitor.Wait(_gate);
                            _producerWaiting = false;
                        }
                        break;
                    case OverflowPolicy.DropNewest:
                        Dropped++;
                        return;
                    case OverflowPolicy.DropOldest:
                        if (_count == 0) // everything held was taken by the puller: nothing left to drop but this
                        {
                            Dropped++;
                            return;
                        }
                        _ring[_head] = default!;
                        _head = _head + 1 == _ring.Length ? 0 : _head + 1;
                        _count--;
                        Dropped++;
                        break;
                    default: // Fail
                        Close(new InvalidOperationException(
                            $"Buffer overflow: the producer pushed more than {_capacity} elements ahead of the puller."));
                        failed = _subscription; // null if Subscribe has not returned: it disposes it then
                        _subscription = Disposed;
                        break;
                }
            }
            if (!_closed)
            {
                if (_count == _ring.Length) Grow();
                int tail = _head + _count;
                if (tail >= _ring.Length) tail -= _ring.Length;
                _ring[tail] = value;
                _count++;
                int held = _count + _takenRemaining;
                if (held > MaxBuffered) MaxBuffered = held;
                if (_pullerWaiting) Monitor.PulseAll(_gate);
                return;
            }
        }
        if (failed is not null && failed != Disposed) DisposeSubscription(failed, quietly: true);
        // Closed (the Rx grammar: nothing after OnCompleted/OnError) or stopped. A synchronous producer pushing inside
        // our own Subscribe call would otherwise loop forever: unwind it. Pushes from any other thread are ignored
        // (throwing there could crash a scheduler thread).
        if (_subscribingThread == Environment.CurrentManagedThreadId) throw new StopException();
    }

    private bool IsFull() => Volatile.Read(ref _count) + _takenRemaining >= _capacity && !Volatile.Read(ref _closed);

    // The puller frees room as it pulls its batch: a producer that spins briefly usually sees it without sleeping.
    private void SpinUntilRoom()
    {
        var spin = new SpinWait();
        for (int i = 0; i < SpinsBeforeWait && IsFull(); i++) spin.SpinOnce(sleep1Threshold: -1);
    }

    // Under _gate, when the ring is full but below _capacity: double it (at least 4), keeping the order from _head.
    private void Grow()
    {
        int size = (int)Math.Min(_capacity, Math.Max(4L, _ring.Length * 2L));
        var next = new T[size];
        int first = Math.Min(_count, _ring.Length - _head);
        Array.Copy(_ring, _head, next, 0, first);
        Array.Copy(_ring, 0, next, first, _count - first);
        _ring = next;
        _head = 0;
    }

    public void OnError(Exception error)
    {
        lock (_gate) Close(error ?? new ArgumentNullException(nameof(error)));
    }

    public void OnCompleted()
    {
        lock (_gate) Close(null);
    }

    // Under _gate. The first terminal notification wins; the puller sees it after the buffered elements.
    private void Close(Exception? error)
    {
        if (_closed) return;
        _closed = true;
        _error = error;
        Monitor.PulseAll(_gate); // a waiting puller sees the end; a producer blocked on a full buffer gives up
    }

    private sealed class StopException() : OperationCanceledException("The pull side of the observable bridge has stopped.");

    private sealed class DisposedMarker : IDisposable
    {
        public void Dispose()
        {
        }
    }
}
