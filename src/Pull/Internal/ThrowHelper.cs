using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Streams;

// Throw sites live here, out of the hot methods, so that those stay small enough to inline.
internal static class ThrowHelper
{
    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static T ThrowExhausted<T>() => throw new IteratorExhaustedException();

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static T ThrowExhausted<T>(string what) =>
        throw new IteratorExhaustedException($"{what}: the iterator has no (more) elements.");

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void ThrowIncompleteBatch(int length, int size) =>
        throw new InvalidOperationException($"Batch(strict: true): the last batch has {length} element(s), not {size}.");
}
