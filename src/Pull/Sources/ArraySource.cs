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

// Invariant: 0 <= _index <= _array.Length; elements before _index have been produced.
internal sealed class ArraySource<T>(T[] array) : Iter<T>
{
    private int _index;

    protected override bool TryAdvance(out T item)
    {
        int i = _index;
        T[] a = array;
        if ((uint)i < (uint)a.Length)
        {
            item = a[i];
            _index = i + 1;
            return true;
        }
        item = default!;
        return false;
    }

    protected override bool TryFoldCore<TSink>(ref TSink sink)
    {
        T[] a = array;
        int i = _index;
        TSink s = sink; // a local copy the JIT can keep in registers
        while ((uint)i < (uint)a.Length)
        {
            T x = a[i++];
            if (!s.Accept(x))
            {
                _index = i;
                sink = s;
                return false;
            }
        }
        _index = i;
        sink = s;
        return true;
    }
}
