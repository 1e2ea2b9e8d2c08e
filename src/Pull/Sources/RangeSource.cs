namespace Streams;

public static partial class Pull
{
    /// <summary>Counts from <paramref name="start"/> up to, not including, <paramref name="stop"/> (Python's <c>range(start, stop)</c>).</summary>
    /// <param name="start">The first value.</param>
    /// <param name="stop">The bound, excluded. If it is not above <paramref name="start"/>, the iterator is empty.</param>
    /// <returns>A lazy iterator over <c>start, start + 1, ..., stop - 1</c>.</returns>
    /// <remarks>Lazy; finite.</remarks>
    /// <example><code>Pull.Range(0, 4).ToList(); // [0, 1, 2, 3]</code></example>
    public static Iter<long> Range(long start, long stop) => new RangeSource(start, stop, 1);

    /// <summary>Counts from <paramref name="start"/> towards <paramref name="stop"/> in steps of <paramref name="step"/> (Python's <c>range(start, stop, step)</c>).</summary>
    /// <param name="start">The first value.</param>
    /// <param name="stop">The bound, excluded.</param>
    /// <param name="step">The step; positive counts up, negative counts down.</param>
    /// <returns>A lazy iterator over the values.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="step"/> is zero.</exception>
    /// <remarks>Lazy; finite.</remarks>
    /// <example><code>Pull.Range(10, 0, -3).ToList(); // [10, 7, 4, 1]</code></example>
    public static Iter<long> Range(long start, long stop, long step)
    {
        ArgumentOutOfRangeException.ThrowIfZero(step);
        return new RangeSource(start, stop, step);
    }
}

// Invariant: _remaining values are left, the next being _next. The count is computed once, in 128-bit
// arithmetic, so that ranges spanning most of long never overflow.
internal sealed class RangeSource : Iter<long>, IStageName
{
    private readonly string _name;
    private readonly long _step;
    private long _next;
    private ulong _remaining;

    public RangeSource(long start, long stop, long step)
    {
        _step = step;
        _next = start;
        _name = step == 1 ? $"Range({start}, {stop})" : $"Range({start}, {stop}, {step})";
        Int128 span = (Int128)stop - start;
        Int128 count = step > 0
            ? (span <= 0 ? 0 : (span + step - 1) / step)
            : (span >= 0 ? 0 : (-span + -(Int128)step - 1) / -(Int128)step);
        _remaining = (ulong)count;
    }

    public string StageName => _name;

    protected override bool TryAdvance(out long item)
    {
        if (_remaining == 0)
        {
            item = 0;
            return false;
        }
        _remaining--;
        item = _next;
        _next = unchecked(item + _step);
        return true;
    }

    // The state is stored before each element reaches the sink and read again after, so a sink or lambda that pulls
    // this range itself sees and moves the right position (two loads and two stores per element).
    protected override bool TryFoldCore<TSink>(ref TSink sink)
    {
        long d = _step;
        TSink s = sink;
        while (_remaining != 0)
        {
            long x = _next;
            _remaining--;
            _next = unchecked(x + d);
            if (!s.Accept(x))
            {
                sink = s;
                return false;
            }
        }
        sink = s;
        return true;
    }

    public override bool TryGetRemainingCount(out long count)
    {
        // A range spans at most 2^64 - 1 values; the count capability speaks long, so larger ones say unknown.
        count = (long)Math.Min(_remaining, long.MaxValue);
        return _remaining <= long.MaxValue;
    }

    protected override void Release() => _remaining = 0;
}
