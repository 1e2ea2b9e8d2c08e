namespace Streams;

public static partial class Pull
{
    /// <summary>The elements of <paramref name="first"/>, then of each of <paramref name="rest"/> in turn (Python's <c>itertools.chain</c>, LINQ's <c>Concat</c>).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="first">The first part.</param>
    /// <param name="rest">The following parts.</param>
    /// <returns>A lazy iterator over all parts in order; it owns every part (disposing it disposes the parts not yet ended).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="first"/>, <paramref name="rest"/> or one of its parts is <see langword="null"/>.</exception>
    /// <remarks>
    /// <para>Lazy: a part is first pulled when the one before it has ended, and is released as soon as it ends.
    /// Safe on infinite parts (later parts are then never reached).</para>
    /// <para>A <c>Chain</c> passed to <c>Chain</c> stays usable and shares its position with the new chain, as in
    /// Python: pulling either advances both. Chains stay flat: the new chain walks the same list of parts instead of
    /// nesting the old one, so chaining 100,000 iterators one at a time, on either side, runs in linear time and
    /// constant stack depth.</para>
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
        return chain.Stacked();
    }
}

// Parts sit in a singly linked list of nodes that chains share: a chain passed to Chain lends its remaining nodes
// instead of being nested, so chains built in a loop stay one flat list (linear time, constant stack depth).
// Invariants: a chain walks its nodes from _head and stops after _tail, whatever follows it; the nodes between _head
// and _tail are linked (Next is set on every node before _tail); a node's Next is set once and never changes. A part
// that one chain drained says end to every other chain holding it, so they share one position, as in Python.
internal sealed class ChainIter<T>() : Stage<T>(0)
{
    private sealed class Node(Iter<T> part)
    {
        public readonly Iter<T> Part = part;
        public Node? Next;
    }

    private Node? _first; // this chain's first node: Release disposes from here, since an ended stage part (a Take
                          // that stopped early) is left unreleased at its end and is still this chain's to dispose
    private Node? _head;  // the part being pulled; null when this chain has ended or is empty
    private Node? _tail;
    private int _partsDepth; // the deepest StackDepth among the parts this chain walks (a shared chain's parts count, not
                             // the chain: chains stay flat, so chaining in a loop does not deepen the stack)

    // Records the depth of the parts appended so far (once, when the chain is complete).
    internal ChainIter<T> Stacked()
    {
        StackOn(_partsDepth);
        return this;
    }

    internal void Append(Iter<T> part)
    {
        if (part is ChainIter<T> other)
        {
            // Its remaining nodes, shared; ended or empty (no nodes) yields nothing, now or later.
            if (other._head is not null)
            {
                _partsDepth = Math.Max(_partsDepth, other._partsDepth);
                Add(other._head, other._tail!);
            }
            return;
        }
        _partsDepth = Math.Max(_partsDepth, part.StackDepth);
        var node = new Node(part);
        Add(node, node);
    }

    // Appends the nodes first..last (already linked among themselves).
    private void Add(Node first, Node last)
    {
        if (_tail is null)
        {
            _first = _head = first;
        }
        else if (_tail.Next is null)
        {
            _tail.Next = first;
        }
        else
        {
            // Our last node is already followed by another chain's nodes (a chain extended twice): our parts so far
            // become one nested part, which shares their nodes and so their position. One level per such fork.
            var nested = new ChainIter<T> { _first = _head, _head = _head, _tail = _tail, _partsDepth = _partsDepth }.Stacked();
            _partsDepth = Math.Max(_partsDepth, nested.StackDepth);
            _first = _head = new Node(nested) { Next = first };
        }
        _tail = last;
    }

    protected override bool TryAdvance(out T item)
    {
        Node? node = _head;
        while (node is not null)
        {
            if (node.Part.Step(out item!)) return true; // Step reads an array part without a virtual call
            node = _head = node == _tail ? null : node.Next;
        }
        item = default!;
        return false;
    }

    protected override bool TryFoldCore<TSink>(ref TSink sink)
    {
        Node? node = _head;
        while (node is not null)
        {
            if (!node.Part.TryFold(ref sink)) return false;
            node = _head = node == _tail ? null : node.Next;
        }
        return true;
    }

    protected override void Release()
    {
        // Every part is still ours (shared with chains that hold the same nodes). Dispose is idempotent, so parts that
        // released themselves are harmless here; a failing release does not stop the others.
        List<Exception>? errors = null;
        for (Node? node = _first; node is not null; node = node == _tail ? null : node.Next)
        {
            try
            {
                node.Part.Dispose();
            }
            catch (Exception e)
            {
                (errors ??= []).Add(e);
            }
        }
        _first = _head = null;
        DisposeHelper.ThrowAll(errors);
    }
}
