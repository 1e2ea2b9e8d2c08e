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

    protected override bool TryAdvance(out T item)
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

    protected override bool TryFoldCore<TSink>(ref TSink sink)
    {
        int start = Index;
        // A span of what is left: no bounds checks, and few values live across the loop (the sinks' cold delegate-call
        // paths otherwise force the loop's state onto the stack).
        ReadOnlySpan<T> rest = new(Array, start, Array.Length - start);
        TSink s = sink; // a local copy the JIT can keep in registers
        for (int k = 0; k < rest.Length; k++)
        {
            if (!s.Accept(rest[k]))
            {
                Index = start + k + 1;
                sink = s;
                return false;
            }
        }
        Index = Array.Length;
        sink = s;
        return true;
    }

    internal override Iter<TResult> MapStage<TResult>(Func<T, TResult> selector) => new ArrayMapIter<T, TResult>(this, selector);

    internal override Iter<T> FilterStage(Func<T, bool> predicate) => new ArrayFilterIter<T>(this, predicate);
}
