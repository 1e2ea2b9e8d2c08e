using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Streams;

public static partial class Pull
{
    /// <summary>Iterates the elements of an array, in order.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="array">The array; it is read as elements are pulled, not copied.</param>
    /// <returns>A lazy iterator over <paramref name="array"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="array"/> is <see langword="null"/>.</exception>
    /// <remarks>Lazy; finite. Terminal operations over it run as a plain indexed loop.</remarks>
    /// <example><code>Pull.From(new[] { 1, 2, 3 }).Map(x =&gt; x * 10).ToList(); // [10, 20, 30]</code></example>
    public static Iter<T> From<T>(T[] array)
    {
        ArgumentNullException.ThrowIfNull(array);
        return new ArraySource<T>(array);
    }

    /// <summary>Iterates the given elements, in order (a convenience over <see cref="From{T}(T[])"/>).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="items">The elements.</param>
    /// <returns>A lazy iterator over <paramref name="items"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is <see langword="null"/>.</exception>
    /// <remarks>Lazy; finite.</remarks>
    public static Iter<T> Of<T>(params T[] items) => From(items);
}

// Invariant: 0 <= Index <= Array.Length; elements before Index have been produced. The fused array stages
// (ArrayStages.cs) read and advance Index directly, so the position stays shared with this source.
internal sealed class ArraySource<T>(T[] array) : Iter<T>, IStageName
{
    public string StageName => $"From({typeof(T).Name}[{Array.Length}])";

    internal readonly T[] Array = array;
    internal int Index;

    protected override bool TryAdvance(out T item) => TryTake(out item);

    /// <summary>The pull without the virtual call: <see cref="Iter{T}.Step"/> uses it when the iterator is an array
    /// source, and finishes the source at its end.</summary>
    internal bool TryTake(out T item)
    {
        int i = Index;
        T[] a = Array;
        if ((uint)i < (uint)a.Length)
        {
            item = a[i];
            Index = i + 1;
            return true;
        }
        item = default!;
        return false;
    }

    protected override bool TryFoldCore<TSink>(ref TSink sink) => FoldRest(ref sink);

    /// <summary>The fold, callable directly (no generic virtual dispatch) by the fused array stages that know their
    /// source is an array. The caller's own TryFold finishes this source on an exception, through its Release.</summary>
    internal bool FoldDirect<TSink>(ref TSink sink) where TSink : struct, ISink<T>
    {
        if (IsFinished) return true;
        if (!FoldRest(ref sink)) return false;
        MarkFinishedAtEnd(); // as TryFold would; Release has nothing to do, since Index is already at the end
        return true;
    }

    private bool FoldRest<TSink>(ref TSink sink) where TSink : struct, ISink<T>
    {
        int start = Index;
        int consumed = FoldSpan(new ReadOnlySpan<T>(Array, start, Array.Length - start), ref sink);
        if (consumed >= 0)
        {
            Index = start + consumed;
            return false;
        }
        Index = Array.Length;
        return true;
    }

    /// <summary>
    /// The loop of every array fold: pushes the span into the sink; returns how many elements were consumed when the
    /// sink stopped, or -1 at the end. A static method walking a pointer keeps the live values to the pointer, the end,
    /// the sink's fields and the sink's address, which fit in the callee-saved registers: the sink's accumulator stays
    /// in a register even though the cold delegate-call paths (where the JIT's guess of the lambda fails) make calls.
    /// </summary>
    internal static int FoldSpan<TSink>(ReadOnlySpan<T> items, ref TSink sink) where TSink : struct, ISink<T>
    {
        ref T first = ref MemoryMarshal.GetReference(items);
        ref T current = ref first;
        ref T end = ref Unsafe.Add(ref first, items.Length);
        TSink s = sink;
        while (Unsafe.IsAddressLessThan(ref current, ref end))
        {
            T x = current;
            current = ref Unsafe.Add(ref current, 1);
            if (!s.Accept(x))
            {
                sink = s;
                return (int)(Unsafe.ByteOffset(ref first, ref current) / Unsafe.SizeOf<T>());
            }
        }
        sink = s;
        return -1;
    }

    // Finished means at the end: the fused stages (ArrayStages.cs) then see no more elements without checking.
    protected override void Release() => Index = Array.Length;

    internal override Iter<TResult> MapStage<TResult>(Func<T, TResult> selector) => new ArrayMapIter<T, TResult>(this, selector);

    internal override Iter<T> FilterStage(Func<T, bool> predicate) => new ArrayFilterIter<T>(this, predicate);
}
