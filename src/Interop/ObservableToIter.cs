using System.Runtime.ExceptionServices;

namespace Streams;

public static partial class ObservableInterop
{
    /// <summary>Adapts an <see cref="IObservable{T}"/> to a pull iterator through a <b>bounded</b> buffer of
    /// <paramref name="capacity"/> elements, with an explicit <paramref name="policy"/> for a full buffer.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The push sequence; subscribed at the first pull.</param>
    /// <param name="capacity">The most elements held between the producer and the puller; at least 1.</param>
    /// <param name="policy">What a push into a full buffer does: block the producer, drop the newest, drop the oldest,
    /// or fail (see <see cref="OverflowPolicy"/>).</param>
    /// <returns>A lazy iterator over the pushed elements, in push order (minus any the policy dropped).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="capacity"/> is less than 1, or
    /// <paramref name="policy"/> is not a defined value.</exception>
    /// <remarks>
    /// <para><b>Lazy</b>: the first pull subscribes. A pull takes the oldest buffered element, or <b>blocks</b> the pulling
    /// thread until the producer pushes, completes or fails.</para>
    /// <para><b>Threads</b>: <c>Subscribe</c> runs on a dedicated background thread that ends as soon as
    /// <c>Subscribe</c> returns, never on the pulling thread. So a <i>synchronous</i> source that pushes everything
    /// (even forever) inside <c>Subscribe</c> is handled with every policy: under <see cref="OverflowPolicy.Block"/> it
    /// waits for the puller instead of deadlocking it, and memory stays bounded. An asynchronous source pushes from its
    /// own threads.</para>
    /// <para><b>Stopping</b>: disposing the iterator (or a downstream stage that owns it, such as <c>Take</c> reaching
    /// its count, or an exception further down the pipeline) disposes the subscription at once, exactly once, discards
    /// the buffer and wakes a blocked producer. A synchronous producer that ignores the disposal and keeps pushing on the
    /// subscribing thread gets an <see cref="OperationCanceledException"/> from <c>OnNext</c>, which unwinds its loop;
    /// pushes from other threads after disposal are ignored.</para>
    /// <para><b>End and errors</b>: <c>OnCompleted</c> ends the iterator after the buffered elements; <c>OnError</c>
    /// (or an exception thrown by <c>Subscribe</c>) is thrown once, by the pull after the buffered elements, with its
    /// original stack trace. With <see cref="OverflowPolicy.Fail"/> an overflow disposes the subscription and the pull
    /// after the buffered elements throws <see cref="InvalidOperationException"/>.</para>
    /// <para><b>Reentrancy</b>: under <see cref="OverflowPolicy.Block"/>, a push into a full buffer from the thread that
    /// pulled last (a <c>Subject</c> fed from inside the pulling pipeline) would deadlock; it throws
    /// <see cref="InvalidOperationException"/> to that push instead. (If the puller has moved to another thread for good,
    /// its old thread is still treated as the puller until the next pull.)</para>
    /// <example>
    /// <code>
    /// using var it = Observable.Range(0, 1_000_000).ToIter(capacity: 256, OverflowPolicy.Block);
    /// long sum = it.Sum(); // every element, never more than 256 buffered
    /// </code>
    /// </example>
    /// </remarks>
    public static Iter<T> ToIter<T>(this IObservable<T> source, int capacity, OverflowPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        if (!Enum.IsDefined(policy)) throw new ArgumentOutOfRangeException(nameof(policy), policy, "Unknown overflow policy.");
        return new ObservableSource<T>(source, capacity, policy);
    }
}

// A ring buffer between one producer (the observer side) and one puller, guarded by _gate.
// Invariants (under _gate): 0 <= _count <= _buffer.Length; once _stopped is true no element is ever added again;
// once _terminal is true no notification changes the state; _subscription is disposed at most once.
internal sealed class ObservableSource<T> : Iter<T>, IObserver<T>
{
    private static readonly IDisposable Disposed = new DisposedMarker();

    private readonly IObservable<T> _source;
    private readonly OverflowPolicy _policy;
    private readonly object _gate = new();
    private readonly T[] _buffer;
    private readonly int _lowWater;
    private int _head;
    private int _count;
    private bool _terminal;          // OnCompleted, OnError, overflow failure or a Subscribe exception arrived
    private Exception? _error;       // what the puller throws after the buffer, if _terminal
    private bool _stopped;           // no more elements are accepted (puller gone, or Fail overflowed)
    private bool _pullerWaiting;
    private bool _producerWaiting;
    private volatile int _pullerThread;      // managed id of the thread that pulled last, or 0
    private volatile int _subscribingThread; // managed id of the thread inside Subscribe right now, or 0
    private IDisposable? _subscription;      // null before Subscribe returned; Disposed after disposal
    private Thread? _thread;

    public ObservableSource(IObservable<T> source, int capacity, OverflowPolicy policy)
    {
        _source = source;
        _policy = policy;
        _buffer = new T[capacity];
        _lowWater = capacity / 2;
    }

    // Test hooks: the largest number of elements ever buffered, how many the policy dropped, the subscribing thread.
    internal int MaxBuffered { get; private set; }

    internal long Dropped { get; private set; }

    internal Thread? SubscribeThread => _thread;

    protected override bool TryAdvance(out T item)
    {
        if (_thread is null) Start();
        // The last thread that pulled is the one a blocking push from that same thread would deadlock.
        _pullerThread = Environment.CurrentManagedThreadId;
        lock (_gate)
        {
            while (_count == 0)
            {
                if (_terminal)
                {
                    if (_error is { } error) ExceptionDispatchInfo.Throw(error);
                    item = default!;
                    return false;
                }
                _pullerWaiting = true;
                Monitor.Wait(_gate);
                _pullerWaiting = false;
            }
            item = _buffer[_head];
            _buffer[_head] = default!;
            _head = _head + 1 == _buffer.Length ? 0 : _head + 1;
            _count--;
            // Hysteresis: wake a blocked producer only once half the buffer is free, so that a fast producer and a
            // fast puller hand over batches rather than switching threads at every element.
            if (_producerWaiting && _count <= _lowWater) Monitor.PulseAll(_gate);
            return true;
        }
    }

    protected override void Release()
    {
        IDisposable? subscription;
        lock (_gate)
        {
            _stopped = true;
            _terminal = true;
            _error = null;
            Array.Clear(_buffer);
            _count = 0;
            subscription = _subscription;
            _subscription = Disposed;
            Monitor.PulseAll(_gate); // a blocked producer wakes and sees _stopped
        }
        // Outside the lock: disposal may wait for a producer that needs the lock to leave OnNext.
        if (subscription is not null && subscription != Disposed) subscription.Dispose();
    }

    private void Start()
    {
        _thread = new Thread(static state => ((ObservableSource<T>)state!).Subscribe())
        {
            IsBackground = true,
            Name = "Streams observable bridge",
        };
        _thread.Start(this);
    }

    private void Subscribe()
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
        if (disposeNow) subscription.Dispose();
    }

    public void OnNext(T value)
    {
        IDisposable? failed = null;
        lock (_gate)
        {
            if (_count == _buffer.Length && !_stopped)
            {
                switch (_policy)
                {
                    case OverflowPolicy.Block:
                        if (_pullerThread == Environment.CurrentManagedThreadId)
                        {
                            throw new InvalidOperationException(
                                "OnNext into a full buffer from the thread that is pulling from it would deadlock.");
                        }
                        while (_count == _buffer.Length && !_stopped)
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
                        _buffer[_head] = default!;
                        _head = _head + 1 == _buffer.Length ? 0 : _head + 1;
                        _count--;
                        Dropped++;
                        break;
                    default: // Fail
                        _stopped = true;
                        Terminate(new InvalidOperationException(
                            $"Buffer overflow: the producer pushed more than {_buffer.Length} elements ahead of the puller."));
                        failed = _subscription; // null if Subscribe has not returned: it disposes it then
                        _subscription = Disposed;
                        break;
                }
            }
            if (!_stopped)
            {
                int tail = _head + _count;
                if (tail >= _buffer.Length) tail -= _buffer.Length;
                _buffer[tail] = value;
                _count++;
                if (_count > MaxBuffered) MaxBuffered = _count;
                if (_pullerWaiting) Monitor.PulseAll(_gate);
                return;
            }
        }
        if (failed is not null && failed != Disposed) failed.Dispose();
        // Stopped. A synchronous producer pushing inside our own Subscribe call would otherwise loop forever: unwind it.
        // Pushes from any other thread are ignored (throwing there could crash a scheduler thread).
        if (_subscribingThread == Environment.CurrentManagedThreadId) throw new StopException();
    }

    public void OnError(Exception error)
    {
        lock (_gate) Terminate(error);
    }

    public void OnCompleted()
    {
        lock (_gate) Terminate(null);
    }

    // Under _gate. The first terminal notification wins; the puller sees it after the buffered elements.
    private void Terminate(Exception? error)
    {
        if (_terminal) return;
        _terminal = true;
        _error = error;
        if (_pullerWaiting) Monitor.PulseAll(_gate);
    }

    private sealed class StopException() : OperationCanceledException("The pull side of the observable bridge has stopped.");

    private sealed class DisposedMarker : IDisposable
    {
        public void Dispose()
        {
        }
    }
}
