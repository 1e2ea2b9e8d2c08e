using System.Collections.Immutable;

namespace Streams;

public static partial class Pull
{
    /// <summary>Iterates the elements of a memory block (a slice of an array, a string's characters, ...), in order.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="memory">The memory; it is read as elements are pulled, not copied.</param>
    /// <returns>A lazy iterator over <paramref name="memory"/>.</returns>
    /// <remarks>Lazy; finite. Terminals run as a plain indexed loop, and <c>Sum</c>/<c>Min</c>/<c>Max</c>/<c>Average</c>
    /// are vectorised, as over an array.</remarks>
    /// <example><code>Pull.From((ReadOnlyMemory&lt;char&gt;)"abc".AsMemory()).ToList(); // ['a', 'b', 'c']</code></example>
    public static Iter<T> From<T>(ReadOnlyMemory<T> memory) => new MemorySource<T>(memory);

    /// <summary>Iterates the elements of a writable memory block, in order (the same as its read-only view).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="memory">The memory; it is read as elements are pulled, not copied.</param>
    /// <returns>A lazy iterator over <paramref name="memory"/>.</returns>
    /// <remarks>Lazy; finite; vectorised aggregates as over an array.</remarks>
    /// <example><code>Pull.From(new[] { 1, 2, 3, 4 }.AsMemory(1, 2)).ToList(); // [2, 3]</code></example>
    public static Iter<T> From<T>(Memory<T> memory) => new MemorySource<T>(memory);

    /// <summary>Iterates the elements of an immutable array, in order.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="array">The array; it is read as elements are pulled, not copied.</param>
    /// <returns>A lazy iterator over <paramref name="array"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="array"/> is the uninitialised <c>default</c> value.</exception>
    /// <remarks>Lazy; finite. Terminals run as over an array (indexed loop, vectorised aggregates).</remarks>
    /// <example><code>Pull.From(ImmutableArray.Create(1, 2)).Max(); // 2</code></example>
    public static Iter<T> From<T>(ImmutableArray<T> array)
    {
        if (array.IsDefault) throw new ArgumentNullException(nameof(array), "The ImmutableArray is uninitialised (default).");
        return new MemorySource<T>(array.AsMemory());
    }
}

// Invariant: 0 <= _index <= _memory.Length; elements before _index have been produced.
internal sealed class MemorySource<T>(ReadOnlyMemory<T> memory) : Iter<T>, IStageName
{
    private readonly ReadOnlyMemory<T> _memory = memory;
    private int _index;

    public string StageName => $"From(Memory<{typeof(T).Name}>[{_memory.Length}])";

    protected override bool TryAdvance(out T item)
    {
        int i = _index;
        ReadOnlySpan<T> span = _memory.Span;
        if ((uint)i < (uint)span.Length)
        {
            item = span[i];
            _index = i + 1;
            return true;
        }
        item = default!;
        return false;
    }

    public override bool TryGetSpanCursor(out SpanCursor<T> cursor)
    {
        cursor = new SpanCursor<T>(_memory.Span, ref _index);
        return true;
    }

    public override bool TryGetRemainingCount(out long count)
    {
        count = _memory.Length - _index;
        return true;
    }

    protected override bool TryFoldCore<TSink>(ref TSink sink) => new SpanCursor<T>(_memory.Span, ref _index).Fold(ref sink);

    protected override void Release() => _index = _memory.Length;
}
