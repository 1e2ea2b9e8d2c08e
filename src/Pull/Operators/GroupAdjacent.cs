namespace Streams;

/// <summary>One group of <see cref="Pull.GroupAdjacent{T, TKey}(Iter{T}, Func{T, TKey}, IEqualityComparer{TKey}?)"/>:
/// a run of adjacent elements with equal keys.</summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TElement">The element type.</typeparam>
/// <remarks><see cref="Elements"/> shares the source with the grouping iterator: it is valid only until the grouping
/// iterator advances to the next group, after which it is exhausted (as in Python's <c>itertools.groupby</c>).
/// Copy it (<c>ToList</c>) to keep it.</remarks>
public sealed class AdjacentGroup<TKey, TElement>
{
    internal AdjacentGroup(TKey key, Iter<TElement> elements)
    {
        Key = key;
        Elements = elements;
    }

    /// <summary>The key shared by the group's elements (the key of its first element).</summary>
    public TKey Key { get; }

    /// <summary>The group's elements, pulled lazily from the shared source.</summary>
    public Iter<TElement> Elements { get; }

    /// <summary>Deconstructs into key and elements, for <c>foreach (var (key, items) in ...)</c>.</summary>
    /// <param name="key">The key.</param>
    /// <param name="elements">The elements.</param>
    public void Deconstruct(out TKey key, out Iter<TElement> elements)
    {
        key = Key;
        elements = Elements;
    }
}

public static partial class Pull
{
    /// <summary>Splits the source into runs of adjacent elements with equal keys (Python's <c>itertools.groupby</c>).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <param name="source">The upstream iterator; the result owns it.</param>
    /// <param name="keySelector">Computes an element's key; called once per element pulled.</param>
    /// <param name="comparer">Compares keys; <see langword="null"/> for <see cref="EqualityComparer{T}.Default"/>.</param>
    /// <returns>A lazy iterator of groups, each with its <c>Key</c> and an <c>Elements</c> iterator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="keySelector"/> is <see langword="null"/>.</exception>
    /// <remarks>
    /// <para>Only <i>adjacent</i> equal keys are grouped: <c>AABA</c> gives groups <c>A</c>, <c>B</c>, <c>A</c>
    /// (sort first to group all equal keys, as with Python's <c>groupby</c>).</para>
    /// <para>Every group's <c>Elements</c> shares the source with the grouping iterator, which holds one element of
    /// look-ahead. Advancing to the next group skips (pulls and drops) whatever of the current group was not consumed, and
    /// the group left behind is exhausted from then on, even if it was not read. Groups need no buffering.</para>
    /// <para>Lazy: building pulls nothing; a group's elements are pulled as they are read. Safe on infinite sources,
    /// except that skipping an infinite group never ends. Disposing the grouping iterator disposes the source and
    /// exhausts the current group.</para>
    /// </remarks>
    /// <example><code>
    /// foreach (var (key, items) in Pull.Chars("aabccc").GroupAdjacent(c =&gt; c))
    ///     Console.Write($"{key}{items.Count()} "); // a2 b1 c3
    /// </code></example>
    public static Iter<AdjacentGroup<TKey, T>> GroupAdjacent<T, TKey>(this Iter<T> source, Func<T, TKey> keySelector, IEqualityComparer<TKey>? comparer = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(keySelector);
        return new GroupAdjacentIter<T, TKey>(source, keySelector, comparer ?? EqualityComparer<TKey>.Default);
    }
}

// Python's groupby state machine. Invariants: when _hasCurrent, _current is the look-ahead element (pulled, not yet
// given to the group it belongs to or given but not yet passed) with key _currentKey. _sourceEnded: the source said
// end (or threw) and is never pulled again. _version identifies the live group; older group iterators see a
// different version and end.
internal sealed class GroupAdjacentIter<T, TKey>(Iter<T> source, Func<T, TKey> keySelector, IEqualityComparer<TKey> comparer)
    : Stage<AdjacentGroup<TKey, T>>(source.StackDepth)
{
    private readonly IEqualityComparer<TKey> _comparer = comparer;
    private T _current = default!;
    private TKey _currentKey = default!;
    private bool _hasCurrent;
    private TKey _targetKey = default!;
    private bool _hasTarget;
    private bool _sourceEnded;
    private int _version;

    protected override bool TryAdvance(out AdjacentGroup<TKey, T> item)
    {
        _version++;
        // Skip the rest of the current group (also its look-ahead element, if still current).
        while (!_hasCurrent || (_hasTarget && _comparer.Equals(_currentKey, _targetKey)))
        {
            if (!PullSource())
            {
                item = default!;
                return false;
            }
        }
        _targetKey = _currentKey;
        _hasTarget = true;
        item = new AdjacentGroup<TKey, T>(_currentKey, new GroupIter(this, _version, _currentKey));
        return true;
    }

    protected override void Release()
    {
        _version++;
        _hasCurrent = false;
        _current = default!;
        source.Dispose();
    }

    // Pulls the next look-ahead element. Returns false at the source's end (or if it was released).
    private bool PullSource()
    {
        _hasCurrent = false;
        if (_sourceEnded || IsFinished) return false;
        bool got;
        try
        {
            got = source.TryNext(out _current!);
        }
        catch (Exception) when (SourceThrew())
        {
            throw; // never reached: a filter, not a rethrow, so deep pipelines do not nest exception dispatch
        }
        if (!got)
        {
            _sourceEnded = true;
            return false;
        }
        _currentKey = keySelector(_current);
        _hasCurrent = true;
        return true;
    }

    // The source threw and finished itself. For an exception filter: records it and declines to catch.
    private bool SourceThrew()
    {
        _sourceEnded = true;
        return false;
    }

    // A group's elements: the look-ahead element while its key matches, pulling the next one only when asked.
    private sealed class GroupIter(GroupAdjacentIter<T, TKey> parent, int version, TKey key) : Iter<T>
    {
        private bool _gaveCurrent;

        protected override bool TryAdvance(out T item)
        {
            if (parent._version != version || parent.IsFinished)
            {
                item = default!;
                return false;
            }
            if (_gaveCurrent && !parent.PullSource())
            {
                item = default!;
                return false;
            }
            if (parent._hasCurrent && parent._comparer.Equals(parent._currentKey, key))
            {
                _gaveCurrent = true;
                item = parent._current;
                return true;
            }
            item = default!;
            return false;
        }
    }
}
