using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Streams;

// Checked integer sums over a span, with the lane layout and overflow rule of System.Linq's span Sum, so that a
// Streams Sum over an array throws OverflowException exactly when Enumerable.Sum over the same array does:
// - spans shorter than four vectors (or machines where a vector holds two elements or fewer) add one by one, checked;
// - longer spans add whole vectors lane-wise, four per step; a lane whose signed addition overflows (the sign of the
//   result differs from the signs of both operands) makes the sum throw, even if the true total would fit;
// - the lanes are then added one by one, checked, followed by the elements after the last whole vector.
internal static class VectorSum
{
    public static T Checked<T>(ReadOnlySpan<T> span) where T : struct, IBinaryInteger<T>, ISignedNumber<T>, IMinMaxValue<T>
    {
        if (Vector.IsHardwareAccelerated && Vector<T>.Count > 2 && span.Length >= Vector<T>.Count * 4)
        {
            return Vectorised(span);
        }
        T sum = T.Zero;
        foreach (T x in span)
        {
            sum = checked(sum + x);
        }
        return sum;
    }

    private static T Vectorised<T>(ReadOnlySpan<T> span) where T : struct, IBinaryInteger<T>, ISignedNumber<T>, IMinMaxValue<T>
    {
        ref T start = ref MemoryMarshal.GetReference(span);
        nuint length = (nuint)span.Length;
        nuint width = (nuint)Vector<T>.Count;
        Vector<T> signBits = new(T.MinValue);
        Vector<T> accumulator = Vector<T>.Zero;

        // Four vectors per step; the overflow test runs once per step. Invariant: index + 4 * width <= length.
        nuint index = 0;
        nuint limit = length - width * 4;
        do
        {
            Vector<T> data = Vector.LoadUnsafe(ref start, index);
            Vector<T> next = accumulator + data;
            Vector<T> overflow = (next ^ accumulator) & (next ^ data);

            data = Vector.LoadUnsafe(ref start, index + width);
            accumulator = next + data;
            overflow |= (accumulator ^ next) & (accumulator ^ data);

            data = Vector.LoadUnsafe(ref start, index + width * 2);
            next = accumulator + data;
            overflow |= (next ^ accumulator) & (next ^ data);

            data = Vector.LoadUnsafe(ref start, index + width * 3);
            accumulator = next + data;
            overflow |= (accumulator ^ next) & (accumulator ^ data);

            if ((overflow & signBits) != Vector<T>.Zero) ThrowOverflow();
            index += width * 4;
        }
        while (index < limit);

        // Whole vectors left over, one at a time.
        limit = length - width;
        if (index < limit)
        {
            Vector<T> overflow = Vector<T>.Zero;
            do
            {
                Vector<T> data = Vector.LoadUnsafe(ref start, index);
                Vector<T> next = accumulator + data;
                overflow |= (next ^ accumulator) & (next ^ data);
                accumulator = next;
                index += width;
            }
            while (index < limit);
            if ((overflow & signBits) != Vector<T>.Zero) ThrowOverflow();
        }

        // The lanes, then the tail, one by one and checked.
        T result = T.Zero;
        for (int i = 0; i < Vector<T>.Count; i++)
        {
            result = checked(result + accumulator[i]);
        }
        while (index < length)
        {
            result = checked(result + Unsafe.Add(ref start, index));
            index++;
        }
        return result;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowOverflow() => throw new OverflowException();
}
