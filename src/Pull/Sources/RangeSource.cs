using System.Numerics;

namespace Streams;

public static partial class Pull
{
    /// <summary>Counts from <paramref name="start"/> up to, not including, <paramref name="stop"/> (Python's <c>range(start, stop)</c>).</summary>
    /// <typeparam name="T">An integer type, inferred from the arguments: <c>Range(0, 10)</c> is an <c>Iter&lt;int&gt;</c>,
    /// <c>Range(0L, n)</c> an <c>Iter&lt;long&gt;</c>; <see cref="Int128"/>, <see cref="BigInteger"/> and user types work too.</typeparam>
    /// <param name="start">The first value.</param>
    /// <param name="stop">The bound, excluded. If it is not above <paramref name="start"/>, the iterator is empty.</param>
    /// <returns>A lazy iterator over <c>start, start + 1, ..., stop - 1</c>.</returns>
    /// <remarks>Lazy; finite. The length is computed once, exactly, so ranges spanning the whole of
    /// <typeparamref name="T"/> neither overflow nor loop (a range of more than 2^64 − 1 elements, possible only with
    /// 128-bit or unbounded types, ends after 2^64 − 1 of them).</remarks>
    /// <example><code>Pull.Range(0, 4).ToList(); // [0, 1, 2, 3]</code></example>
    public static Iter<T> Range<T>(T start, T stop) where T : IBinaryInteger<T> => new RangeSource<T>(start, stop, T.One);

    /// <summary>Counts from <paramref name="start"/> towards <paramref name="stop"/> in steps of <paramref name="step"/> (Python's <c>range(start, stop, step)</c>).</summary>
    /// <typeparam name="T">An integer type, inferred from the arguments.</typeparam>
    /// <param name="start">The first value.</param>
    /// <param name="stop">The bound, excluded.</param>
    /// <param name="step">The step; positive counts up, negative counts down.</param>
    /// <returns>A lazy iterator over the values.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="step"/> is zero.</exception>
    /// <remarks>Lazy; finite. The length is computed once, exactly (see <see cref="Range{T}(T, T)"/>).</remarks>
    /// <example><code>Pull.Range(10, 0, -3).ToList(); // [10, 7, 4, 1]</code></example>
    public static Iter<T> Range<T>(T start, T stop, T step) where T : IBinaryInteger<T>
    {
        if (T.IsZero(step)) throw new ArgumentOutOfRangeException(nameof(step), step, "The step must not be zero.");
        return new RangeSource<T>(start, stop, step);
    }
}

// Invariant: _remaining values are left, the next being _next. The count is computed once (RangeLength), so that
// stepping never compares against stop and a range ending near the type's limits cannot wrap around into a loop.
internal sealed class RangeSource<T> : Iter<T>, IStageName where T : IBinaryInteger<T>
{
    private readonly string _name;
    private readonly T _step;
    private T _next;
    private ulong _remaining;

    public RangeSource(T start, T stop, T step)
    {
        _step = step;
        _next = start;
        _name = step == T.One ? $"Range({start}, {stop})" : $"Range({start}, {stop}, {step})";
        _remaining = RangeLength.Of(start, stop, step);
    }

    public string StageName => _name;

    protected override bool TryAdvance(out T item)
    {
        if (_remaining == 0)
        {
            item = T.Zero;
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
        T d = _step;
        TSink s = sink;
        while (_remaining != 0)
        {
            T x = _next;
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

// The number of values of range(start, stop, step), saturated to ulong. Primitive integers (at most 64 bits) are
// widened to Int128, where the arithmetic cannot overflow; wider or user types are computed in T with checked
// arithmetic, falling back to BigInteger when that overflows.
internal static class RangeLength
{
    public static ulong Of<T>(T start, T stop, T step) where T : IBinaryInteger<T>
    {
        if (typeof(T).IsPrimitive)
        {
            return Saturate(Count(Int128.CreateTruncating(start), Int128.CreateTruncating(stop), Int128.CreateTruncating(step)));
        }
        try
        {
            return Saturate(Count(start, stop, step));
        }
        catch (OverflowException)
        {
            return Saturate(Count(BigInteger.CreateChecked(start), BigInteger.CreateChecked(stop), BigInteger.CreateChecked(step)));
        }
    }

    // step != 0. Up: (stop - start - 1) / step + 1 when stop > start; down: (stop - start + 1) / step + 1 when
    // stop < start (two negatives divide to the same non-negative quotient). Neither negates step, which could overflow.
    private static TNumber Count<TNumber>(TNumber start, TNumber stop, TNumber step) where TNumber : IBinaryInteger<TNumber>
    {
        if (step > TNumber.Zero)
        {
            return stop > start ? checked((stop - start - TNumber.One) / step + TNumber.One) : TNumber.Zero;
        }
        return stop < start ? checked((stop - start + TNumber.One) / step + TNumber.One) : TNumber.Zero;
    }

    private static ulong Saturate<TNumber>(TNumber count) where TNumber : IBinaryInteger<TNumber> => ulong.CreateSaturating(count);
}
