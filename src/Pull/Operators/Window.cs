namespace Streams;

public static partial class Pull
{
    /// <summary>Overlapping windows of <paramref name="size"/> consecutive elements, sliding by one (more-itertools'
    /// <c>sliding_window</c>, Rust's <c>windows</c>).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The upstream iterator; the result owns it.</param>
    /// <param name="size">The window length.</param>
    /// <returns>A lazy iterator of windows; empty if <paramref name="source"/> has fewer than <paramref name="size"/> elements.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="size"/> is zero or negative.</exception>
    /// <remarks>Lazy: the first pull takes <paramref name="size"/> elements, then one pull per window. Safe on infinite
    /// sources. Allocation: each window is a new array of <paramref name="size"/> elements that the caller may keep
    /// (so this operator does allocate per element); the last <paramref name="size"/> elements are kept in a ring buffer that grows with what it holds, so a
    /// large <paramref name="size"/> costs nothing before elements arrive.</remarks>
    /// <example><code>Pull.Of(1, 2, 3, 4).Window(3).ToList(); // [[1, 2, 3], [2, 3, 4]]</code></example>
    public static Iter<T[]> Window<T>(this Iter<T> source, int size)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(size);
        return new WindowIter<T>(source, size);
    }
}

// Invariant: _ring holds the last _filled (<= size) elements; the oldest is at _head once the ring is full. The ring
// grows with what it holds (doubling, capped at size), so a huge size costs nothing before elements arrive.
internal sealed class WindowIter<T>(Iter<T> source, int size) : Stage<T[]>(source.StackDepth)
{
    private T[] _ring = [];
    private int _filled;
    private int _head;

    protected override bool TryAdvance(out T[] item)
    {
        do
        {
            if (!source.Step(out var x))
            {
                item = null!;
                return false;
            }
            Push(x);
        }
        while (_filled < size);
        item = Snapshot();
        return true;
    }

    private void Push(T x)
    {
        if (_filled < size)
        {
            if (_filled == _ring.Length)
            {
                int grown = (int)Math.Min(size, Math.Max(4L, 2L * _ring.Length));
                Array.Resize(ref _ring, grown);
            }
            _ring[_filled++] = x;
            return;
        }
        _ring[_head] = x;
        _head = _head + 1 == size ? 0 : _head + 1;
    }

    private T[] Snapshot()
    {
        var window = new T[size];
        int tail = size - _head;
        Array.Copy(_ring, _head, window, 0, tail);
        Array.Copy(_ring, 0, window, tail, _head);
        return window;
    }

    protected override void Release()
    {
        source.Dispose();
        Array.Clear(_ring);
    }
}
