namespace Streams;

public static partial class Pull
{
    /// <summary>The elements of <paramref name="first"/>, then of each of <paramref name="rest"/> in turn (Python's <c>itertools.chain</c>, LINQ's <c>Concat</c>).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="first">The first part.</param>
    /// <param name="rest">The following parts.</param>
    /// <returns>A lazy iterator over all parts in order; it owns every part.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="first"/>, <paramref name="rest"/> or one of its parts is <see langword="null"/>.</exception>
    /// <remarks>
    /// <para>Lazy: a part is first pulled when the one before it has ended, and is released as soon as it ends.
    /// Safe on infinite parts (later parts are then never reached).</para>
    /// <para>Chains stay flat: a <c>Chain</c> passed to <c>Chain</c> hands over its remaining parts, so chaining
    /// 100,000 iterators one at a time runs in linear time and constant stack depth. The chain that was handed over
    /// is moved: pulling from it afterwards throws <see cref="InvalidOperationException"/>.</para>
    /// </remarks>
    /// <example><code>Pull.Of(1, 2).Chain(Pull.Of(3), Pull.Of(4, 5)).ToList(); // [1, 2, 3, 4, 5]</code></example>
    public static Iter<T> Chain<T>(this Iter<T> first, params Iter<T>[] rest)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(rest);
        foreach (var part in rest) ArgumentNullException.ThrowIfNull(part, nameof(rest));
        var chain = new ChainIter<T>();
        chain.Append(first);
        foreach (var part in rest) chain.Append(part);
        return chain;
    }
}

// Parts form a singly linked list so that splicing another chain in is O(1) whichever side it is on.
// Invariant: _head is the part being pulled (null when all parts have ended); parts before it are released.
internal sealed class ChainIter<T> : Iter<T>
{
    private sealed class Node(Iter<T> part)
    {
        public readonly Iter<T> Part = part;
        public Node? Next;
    }

    private Node? _head;
    private Node? _tail;
    private bool _moved;

    internal void Append(Iter<T> part)
    {
        if (part is ChainIter<T> other && !other._moved && !other.IsFinished)
        {
            if (ReferenceEquals(other, this)) throw new ArgumentException("A chain cannot contain itself.", nameof(part));
            // Take over the other chain's remaining parts; it must not pull them any more.
            other._moved = true;
            Node? first = other._head, last = other._tail;
            other._head = other._tail = null;
            if (first is null) return;
            if (_tail is null) _head = first; else _tail.Next = first;
            _tail = last;
            return;
        }
        var node = new Node(part);
        if (_tail is null) _head = node; else _tail.Next = node;
        _tail = node;
    }

    protected override bool TryAdvance(out T item)
    {
        if (_moved) ThrowMoved();
        for (Node? node = _head; node is not null; node = _head = node.Next)
        {
            if (node.Part.Step(out item!)) return true; // Step reads an array part without a virtual call
        }
        _tail = null;
        item = default!;
        return false;
    }

    protected override bool TryFoldCore<TSink>(ref TSink sink)
    {
        if (_moved) ThrowMoved();
        for (Node? node = _head; node is not null; node = _head = node.Next)
        {
            if (!node.Part.TryFold(ref sink)) return false;
        }
        _tail = null;
        return true;
    }

    protected override void Release()
    {
        // Every part not yet ended is still ours. Dispose is idempotent, so ended parts are harmless here.
        for (Node? node = _head; node is not null; node = node.Next) node.Part.Dispose();
        _head = _tail = null;
    }

    private static void ThrowMoved() =>
        throw new InvalidOperationException("This chain was passed to Chain and its parts moved into the new chain; pull from that chain instead.");
}
