namespace Streams;

public static partial class Pull
{
    /// <summary>Splits one iterator into <paramref name="count"/> independent iterators over the same elements
    /// (Python's <c>itertools.tee</c>).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The upstream iterator; the copies own it together.</param>
    /// <param name="count">How many copies to make.</param>
    /// <returns>An array of <paramref name="count"/> lazy iterators; each yields every element of <paramref name="source"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    /// <remarks>
    /// <para>Lazy: a copy that is ahead of the others pulls from <paramref name="source"/>; the element is buffered for the
    /// copies that have not read it yet. Memory: the buffer holds only the elements between the slowest live copy and the
    /// fastest, so copies read in step use O(1), and a copy that runs far ahead makes the buffer grow by that distance
    /// (read one copy to the end first and the buffer holds everything, like Python). Disposing a copy that lags lets the
    /// buffer drop what only it still needed; so does dropping it (no reference left): once the garbage collector has
    /// collected it, the buffer stops keeping elements for it the next time it would grow.</para>
    /// <para><paramref name="source"/> is released when it ends, or when every copy has been disposed (or collected).
    /// With <paramref name="count"/> zero the result is empty and <paramref name="source"/> is released at once.
    /// Do not pull <paramref name="source"/> directly afterwards: the copies would miss those elements.</para>
    /// <para>If <paramref name="source"/> throws, the copy that pulled gets the exception and the others end where
    /// the buffered elements end. Safe on infinite sources as long as the copies stay close together.</para>
    /// </remarks>
    /// <example><code>
    /// var copies = Pull.Range(0, 3).Tee(2);
    /// copies[0].ToList(); // [0, 1, 2]
    /// copies[1].ToList(); // [0, 1, 2]
    /// </code></example>
    public static Iter<T>[] Tee<T>(this Iter<T> source, int count)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (count == 0)
        {
            source.Dispose();
            return [];
        }
        var shared = new TeeBuffer<T>(source, count);
        var copies = new Iter<T>[count];
        for (int i = 0; i < count; i++) copies[i] = new TeeIter<T>(shared);
        return copies;
    }
}

// The state the copies share. Invariants: the ring holds the elements at absolute positions [_start, _start + _count);
// every live slot's position is in [_start, _start + _count]; elements before the slowest live slot are dropped.
// _sourceEnded: the source said end (or threw) and is never pulled again. A slot is live until its copy is disposed
// or, when the ring would have to grow, found collected: a copy dropped without Dispose holds the buffer only until
// the GC collects it (one weak reference per copy; checked only on growth, so reading costs nothing extra).
internal sealed class TeeBuffer<T>(Iter<T> source, int copies)
{
    private readonly long[] _positions = new long[copies];
    private readonly WeakReference<TeeIter<T>>?[] _copies = new WeakReference<TeeIter<T>>?[copies]; // null: released
    private int _registered;
    private int _live = copies;
    private T[] _ring = new T[4];
    private int _head;
    private int _count;
    private long _start;
    private bool _sourceEnded;

    /// The source's StackDepth: each copy is one stage above it.
    internal int SourceDepth => source.StackDepth;

    /// How many elements are buffered (for tests of the memory bound).
    internal int Buffered => _count;

    internal int Register(TeeIter<T> copy)
    {
        _copies[_registered] = new WeakReference<TeeIter<T>>(copy);
        return _registered++;
    }

    internal long Position(int slot) => _positions[slot];

    internal bool TryRead(int slot, out T item)
    {
        long position = _positions[slot];
        long offset = position - _start;
        if (offset < _count)
        {
            item = _ring[(_head + (int)offset) % _ring.Length];
            _positions[slot] = position + 1;
            Trim();
            return true;
        }
        if (_sourceEnded)
        {
            item = default!;
            return false;
        }
        bool got;
        try
        {
            got = source.TryNext(out item!);
        }
        catch (Exception) when (SourceThrew())
        {
            throw; // never reached: a filter, not a rethrow, so deep pipelines do not nest exception dispatch
        }
        if (!got)
        {
            _sourceEnded = true;
            return false;
        }
        _positions[slot] = position + 1;
        if (_live > 1) Append(item); // a lone copy needs no buffer
        else _start++;
        return true;
    }

    // The source threw (and finished itself). For an exception filter: records it and declines to catch.
    private bool SourceThrew()
    {
        _sourceEnded = true;
        return false;
    }

    // Releases a slot (its copy was disposed or collected); the last one releases the source.
    internal void Unregister(int slot)
    {
        if (_copies[slot] is null) return;
        _copies[slot] = null;
        _live--;
        Trim();
        if (_live == 0)
        {
            _ring = [];
            _count = 0;
            source.Dispose();
        }
    }

    private void Append(T item)
    {
        if (_count == _ring.Length && !(ReleaseCollected() && _count < _ring.Length))
        {
            var bigger = new T[_ring.Length * 2];
            for (int i = 0; i < _count; i++) bigger[i] = _ring[(_head + i) % _ring.Length];
            _ring = bigger;
            _head = 0;
        }
        _ring[(_head + _count) % _ring.Length] = item;
        _count++;
    }

    // Releases the slots of copies the GC collected; true if there were any.
    private bool ReleaseCollected()
    {
        bool any = false;
        for (int slot = 0; slot < _copies.Length; slot++)
        {
            if (_copies[slot] is { } copy && !copy.TryGetTarget(out _))
            {
                Unregister(slot);
                any = true;
            }
        }
        return any;
    }

    // Drops the elements every live copy has read.
    private void Trim()
    {
        long min = _start + _count;
        for (int slot = 0; slot < _copies.Length; slot++)
        {
            if (_copies[slot] is not null) min = Math.Min(min, _positions[slot]);
        }
        while (_start < min)
        {
            _ring[_head] = default!;
            _head = (_head + 1) % _ring.Length;
            _count--;
            _start++;
        }
    }
}

// A stage (see Stage<T>): its end leaves the slot in place at the end, where it holds no element; Dispose (or an
// exception) releases the slot, and the last slot released disposes the source.
internal sealed class TeeIter<T> : Iter<T>
{
    private readonly TeeBuffer<T> _shared;
    private readonly int _slot;

    internal TeeIter(TeeBuffer<T> shared)
        : base(releaseAtEnd: false)
    {
        _shared = shared;
        _slot = shared.Register(this);
        StackOn(shared.SourceDepth);
    }

    /// The absolute position of the next element this copy reads.
    internal long Position => _shared.Position(_slot);

    /// The shared buffer (for tests).
    internal TeeBuffer<T> Shared => _shared;

    protected override bool TryAdvance(out T item) => _shared.TryRead(_slot, out item!);

    protected override void Release() => _shared.Unregister(_slot);
}
