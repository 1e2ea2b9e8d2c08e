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
    public static Iter<T> Of<T>(params T[] items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return From(items);
    }
}

// Invariant: 0 <= Index <= Array.Length; elements before Index have been produced. Index is the position that the
// span capability hands out, so a consumer reading the array through the cursor moves this source's own position.
// Finished means at the end (Release), so a cursor consumer needs no separate finished check.
internal sealed class ArraySource<T>(T[] array) : Iter<T>, IStageName
{
    private readonly T[] _array = array;
    private int _index;

    public string StageName => $"From({typeof(T).Name}[{_array.Length}])";

    protected override bool TryAdvance(out T item)
    {
        int i = _index;
        T[] a = _array;
        if ((uint)i < (uint)a.Length)
        {
            item = a[i];
            _index = i + 1;
            return true;
        }
        item = default!;
        return false;
    }

    public override bool TryGetSpanCursor(out SpanCursor<T> cursor)
    {
        cursor = new SpanCursor<T>(_array, ref _index);
        return true;
    }

    public override bool TryGetRemainingCount(out long count)
    {
        count = _array.Length - _index;
        return true;
    }

    protected override bool TryFoldCore<TSink>(ref TSink sink) => new SpanCursor<T>(_array, ref _index).Fold(ref sink);

    protected override void Release() => _index = _array.Length;
}
