using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Streams;

// Minimum and maximum of a non-empty span of primitive integers with SIMD instructions. Integers have no ties that
// could be told apart (equal values are identical) and no NaN, so the result equals the scalar "first of the best".
// Floating-point types are excluded: NaN ordering and -0.0 == 0.0 would make the vector result differ in bits.
internal static class VectorExtreme
{
    public static bool Supports<T>() =>
        typeof(T) == typeof(int) || typeof(T) == typeof(long) || typeof(T) == typeof(short) || typeof(T) == typeof(sbyte)
        || typeof(T) == typeof(uint) || typeof(T) == typeof(ulong) || typeof(T) == typeof(ushort) || typeof(T) == typeof(byte);

    public static T Min<T>(ReadOnlySpan<T> span) => Reduce(span, max: false);

    public static T Max<T>(ReadOnlySpan<T> span) => Reduce(span, max: true);

    private static T Reduce<T>(ReadOnlySpan<T> span, bool max)
    {
        ref T start = ref MemoryMarshal.GetReference(span);
        int length = span.Length;
        int i = 0;
        T best = start;
        if (Vector.IsHardwareAccelerated && length >= Vector<T>.Count * 2)
        {
            Vector<T> acc = Vector.LoadUnsafe(ref start);
            for (i = Vector<T>.Count; i <= length - Vector<T>.Count; i += Vector<T>.Count)
            {
                Vector<T> data = Vector.LoadUnsafe(ref start, (nuint)i);
                acc = max ? Vector.Max(acc, data) : Vector.Min(acc, data);
            }
            // The last, possibly overlapping, vector covers the tail: re-reading elements does not change an extreme.
            Vector<T> last = Vector.LoadUnsafe(ref start, (nuint)(length - Vector<T>.Count));
            acc = max ? Vector.Max(acc, last) : Vector.Min(acc, last);
            best = acc[0];
            for (int lane = 1; lane < Vector<T>.Count; lane++)
            {
                best = Better(acc[lane], best, max);
            }
            return best;
        }
        for (i = 1; i < length; i++)
        {
            best = Better(Unsafe.Add(ref start, i), best, max);
        }
        return best;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static T Better<T>(T candidate, T best, bool max)
    {
        int c = Comparer<T>.Default.Compare(candidate, best);
        return (max ? c > 0 : c < 0) ? candidate : best;
    }
}
