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
    /// buffer drop what only it still needed.</para>
    /// <para><paramref name="source"/> is released when it ends, or when every copy has been disposed or has ended.
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

// The state the copies share. Invariants: the ring holds the elements at absolute positions
// [_start, _start + _count); every live copy's position is in [_start, _start + _count]; elements before the
// slowest live copy are dropped. _sourceEnded: the source said end (or threw) and is never pulled again.
internal sealed class TeeBuffer<T>(Iter<T> source, int copies)
{
    private readonly List<TeeIter<T>> _live = new(copies);
    private T[] _ring = new T[4];
    private int _head;
    private int _count;
    private long _start;
    private bool _sourceEnded;
    private int _unreleased = copies;

    /// How many elements are buffered (for tests of the memory bound).
    internal int Buffered => _count;

    internal void Register(TeeIter<T> copy) => _live.Add(copy);

    internal bool TryRead(ref long position, out T item)
    {
        long offset = position - _start;
        if (offset < _count)
        {
            item = _ring[(_head + (int)offset) % _ring.Length];
            position++;
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
        catch
        {
            _sourceEnded = true;
            throw;
        }
        if (!got)
        {
            _sourceEnded = true;
            return false;
        }
        position++;
        if (_live.Count > 1) Append(item); // a lone copy needs no buffer
        else _start++;
        return true;
    }

    internal void Unregister(TeeIter<T> copy)
    {
        _live.Remove(copy);
        Trim();
        if (--_unreleased == 0)
        {
            _ring = [];
            _count = 0;
            source.Dispose();
        }
    }

    private void Append(T item)
    {
        if (_count == _ring.Length)
        {
            var bigger = new T[_ring.Length * 2];
            for (int i = 0; i < _count; i++) bigger[i] = _ring[(_head + i) % _ring.Length];
            _ring = bigger;
            _head = 0;
        }
        _ring[(_head + _count) % _ring.Length] = item;
        _count++;
    }

    // Drops the elements every live copy has read.
    private void Trim()
    {
        long min = _start + _count;
        foreach (var copy in _live) min = Math.Min(min, copy.Position);
        while (_start < min)
        {
            _ring[_head] = default!;
            _head = (_head + 1) % _ring.Length;
            _count--;
            _start++;
        }
    }
}

internal sealed class TeeIter<T> : Iter<T>
{
    private readonly TeeBuffer<T> _shared;
    private long _position;

    internal TeeIter(TeeBuffer<T> shared)
    {
        _shared = shared;
        shared.Register(this);
    }

    /// The absolute position of the next element this copy reads.
    internal long Position => _position;

    /// The shared buffer (for tests).
    internal TeeBuffer<T> Shared => _shared;

    protected override bool TryAdvance(out T item) => _shared.TryRead(ref _position, out item!);

    protected override void Release() => _shared.Unregister(this);
}
