using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Streams;

/// <summary>
/// The span capability of an iterator that reads its elements from memory: every element it will ever produce, as one
/// span, and a reference to its position in it. For generated code and operator authors, not for hand use; obtained
/// from <see cref="Iter{T}.TryGetSpanCursor"/>.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
/// <remarks>
/// <para>Invariants: the elements before <see cref="Position"/> have been produced, those from it on remain. The
/// position is the iterator's own: storing to it is pulling from the iterator, so everyone holding the iterator sees it.
/// A finished iterator keeps its position at or beyond the end, so a consumer needs no separate finished check.</para>
/// <para>Sharing rule: a consumer stores the new position <i>before</i> user code (a lambda, a sink) sees an element,
/// and reads the position again after user code returns. A lambda that pulls the same iterator then sees, and moves,
/// the right position, and the fold gives what pulling one element at a time gives. <see cref="TryTake"/> and
/// <see cref="Fold{TSink}"/> follow the rule; a consumer that runs no user code between elements (a sum, a copy)
/// may read <see cref="Remaining"/> at once and then <see cref="Advance"/> by its length.</para>
/// <para>Reaching the end through the cursor does not finish the iterator; its next pull finds the end and finishes
/// it, or the consumer disposes it.</para>
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public ref struct SpanCursor<T>
{
    private readonly ReadOnlySpan<T> _items;
    private readonly ref int _position;

    /// <summary>Makes a cursor over <paramref name="items"/> whose position is <paramref name="position"/>.</summary>
    /// <param name="items">Every element the iterator reads, produced or not.</param>
    /// <param name="position">The iterator's position field: the index of the next element in <paramref name="items"/>.</param>
    public SpanCursor(ReadOnlySpan<T> items, ref int position)
    {
        _items = items;
        _position = ref position;
    }

    /// <summary>Every element the iterator reads, including those already produced.</summary>
    public readonly ReadOnlySpan<T> Items => _items;

    /// <summary>The index of the next element in <see cref="Items"/>; at or beyond its length when none remain.</summary>
    public readonly ref int Position => ref _position;

    /// <summary>The elements not yet produced (empty when none remain).</summary>
    /// <remarks>Reading it moves nothing; call <see cref="Advance"/> for the elements consumed.</remarks>
    public readonly ReadOnlySpan<T> Remaining
    {
        get
        {
            int i = _position;
            return (uint)i < (uint)_items.Length ? _items[i..] : default;
        }
    }

    /// <summary>Moves the position past <paramref name="count"/> elements (Rust's <c>advance_by</c>).</summary>
    /// <param name="count">How many elements were consumed; at most the length of <see cref="Remaining"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative or more than remain.</exception>
    public readonly void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, Remaining.Length);
        _position += count;
    }

    /// <summary>Takes the next element, moving the position past it before returning it (one load and one store).</summary>
    /// <param name="item">The element, when the result is <see langword="true"/>.</param>
    /// <returns><see langword="true"/> if an element remained.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly bool TryTake([MaybeNullWhen(false)] out T item)
    {
        int i = _position;
        ReadOnlySpan<T> items = _items;
        if ((uint)i < (uint)items.Length)
        {
            _position = i + 1;
            item = items[i];
            return true;
        }
        item = default;
        return false;
    }

    /// <summary>Pushes the remaining elements into <paramref name="sink"/>, storing the position before each element
    /// and reading it again after, so a sink that pulls the same iterator sees and moves the right position.</summary>
    /// <typeparam name="TSink">The sink type.</typeparam>
    /// <param name="sink">The sink, updated in place.</param>
    /// <returns><see langword="true"/> if no element remains; <see langword="false"/> if the sink stopped first.</returns>
    /// <remarks>Per element: one load and one store of the position, no call besides the sink's.</remarks>
    public readonly bool Fold<TSink>(ref TSink sink) where TSink : struct, ISink<T>
    {
        ReadOnlySpan<T> items = _items;
        ref int position = ref _position;
        TSink s = sink;
        while (true)
        {
            int i = position;
            if ((uint)i >= (uint)items.Length) break;
            position = i + 1;
            if (!s.Accept(items[i]))
            {
                sink = s;
                return false;
            }
        }
        sink = s;
        return true;
    }
}
