namespace Streams;

public static partial class Pull
{
    /// <summary>The elements at positions <paramref name="start"/>, <paramref name="start"/> + <paramref name="step"/>, ...
    /// below <paramref name="stop"/> (Python's <c>itertools.islice(it, start, stop, step)</c>).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The upstream iterator; the result owns it and releases it when done.</param>
    /// <param name="start">The first position produced (zero-based).</param>
    /// <param name="stop">The position to stop before; <see langword="null"/> for no stop.</param>
    /// <param name="step">The distance between produced positions; 1 produces every element.</param>
    /// <returns>A lazy iterator of the selected elements.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> or <paramref name="stop"/> is negative,
    /// or <paramref name="step"/> is not positive.</exception>
    /// <remarks>Lazy, and pulls exactly as <c>islice</c> does: never more than <c>max(start, stop)</c> elements
    /// (positions up to <c>start</c> are consumed even when <c>stop &lt;= start</c>), and the source is released as
    /// soon as the stop is reached. Safe on infinite sources when <paramref name="stop"/> is given.</remarks>
    /// <example><code>Pull.Range(0, 10).Slice(1, 8, 3).ToList(); // [1, 4, 7]</code></example>
    public static Iter<T> Slice<T>(this Iter<T> source, long start, long? stop, long step = 1)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        if (stop is long s) ArgumentOutOfRangeException.ThrowIfNegative(s, nameof(stop));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(step);
        return new SliceIter<T>(source, start, stop ?? -1, step);
    }
}

// Mirrors CPython's islice_next. _count elements have been pulled; _next is the position of the next element to
// produce; _stop is -1 for no stop. Invariant: _next <= _stop when there is a stop, so nothing beyond it is pulled.
internal sealed class SliceIter<T>(Iter<T> source, long start, long stop, long step) : Stage<T>(source.StackDepth)
{
    private long _count;
    private long _next = start;

    protected override bool TryAdvance(out T item)
    {
        while (_count < _next)
        {
            if (!source.Step(out _))
            {
                item = default!;
                return false;
            }
            _count++;
        }
        if ((stop >= 0 && _count >= stop) || !source.Step(out item!))
        {
            item = default!;
            return false;
        }
        _count++;
        long old = _next;
        _next = unchecked(_next + step);
        if (_next < old) _next = stop >= 0 ? stop : long.MaxValue; // overflow
        else if (stop >= 0 && _next > stop) _next = stop;
        return true;
    }

    protected override void Release() => source.Dispose();
}
