using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Streams;

// The vectorised aggregates: when the iterator has the span capability (Iter<T>.TryGetSpanCursor: an array, a list, a
// memory block, with no stage between), the aggregate reads them as one span with SIMD instructions instead of
// pushing them one at a time through a sink. Each method either declines (false; nothing was read) or consumes the
// source exactly as the scalar fold would: afterwards the source is at its end and finished (released), also when
// the aggregate throws.
internal static class SpanAggregates
{
    public static bool TrySum<T>(Iter<T> source, out T total)
    {
        if (typeof(T) == typeof(long) || typeof(T) == typeof(int))
        {
            if (source.TryGetSpanCursor(out SpanCursor<T> cursor))
            {
                ReadOnlySpan<T> span = cursor.Remaining;
                try
                {
                    total = typeof(T) == typeof(long)
                        ? (T)(object)VectorSum.Checked(As<T, long>(span))
                        : (T)(object)VectorSum.Checked(As<T, int>(span));
                }
                finally
                {
                    Consumed(source, cursor, span.Length);
                }
                return true;
            }
        }
        total = default!;
        return false;
    }

    public static bool TrySum(Iter<long> source, out long total, out long count)
    {
        if (source.TryGetSpanCursor(out SpanCursor<long> cursor))
        {
            ReadOnlySpan<long> span = cursor.Remaining;
            try
            {
                total = VectorSum.Checked(span);
                count = span.Length;
            }
            finally
            {
                Consumed(source, cursor, span.Length);
            }
            return true;
        }
        total = count = 0;
        return false;
    }

    // sign -1: minimum, +1: maximum. Declines an empty span, so the scalar path raises the empty-input error.
    public static bool TryExtreme<T>(Iter<T> source, int sign, out T best)
    {
        if (VectorExtreme.Supports<T>() && source.TryGetSpanCursor(out SpanCursor<T> cursor))
        {
            ReadOnlySpan<T> span = cursor.Remaining;
            try
            {
                if (span.IsEmpty)
                {
                    best = default!;
                    return false;
                }
                best = sign < 0 ? VectorExtreme.Min(span) : VectorExtreme.Max(span);
            }
            finally
            {
                Consumed(source, cursor, span.Length);
            }
            return true;
        }
        best = default!;
        return false;
    }

    // Reinterprets a span whose element type the caller has just tested to be TTo.
    private static ReadOnlySpan<TTo> As<T, TTo>(ReadOnlySpan<T> span) =>
        MemoryMarshal.CreateReadOnlySpan(ref Unsafe.As<T, TTo>(ref MemoryMarshal.GetReference(span)), span.Length);

    // What the scalar fold leaves behind, returned or thrown: the position past every element read (the sum runs no
    // user code between elements, so it may advance once, after reading) and the source finished and released.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Consumed<T>(Iter<T> source, SpanCursor<T> cursor, int read)
    {
        cursor.Advance(read);
        source.End(); // as TryFold at the end: a source releases, a stage keeps its upstreams
    }
}
