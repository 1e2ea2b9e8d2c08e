using System.Runtime.InteropServices;

namespace Streams;

public static partial class Pull
{
    /// <summary>Iterates the elements of a list, in order, reading through it (Python's list iterator).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="list">The list; it is read as elements are pulled, not copied.</param>
    /// <returns>A lazy iterator over <paramref name="list"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="list"/> is <see langword="null"/>.</exception>
    /// <remarks>Lazy; finite. The iterator keeps an index into the list, as Python's does: each pull reads the list
    /// as it is then, so elements appended before the iterator reaches the end are produced, and a list that shrank
    /// below the index has ended. A fold (a terminal) reads the contents as they are when it starts. Terminals run as
    /// a plain indexed loop, and <c>Sum</c>/<c>Min</c>/<c>Max</c>/<c>Average</c> are vectorised, as over an array.</remarks>
    /// <example><code>Pull.From(new List&lt;int&gt; { 1, 2, 3 }).Sum(); // 6</code></example>
    public static Iter<T> From<T>(List<T> list)
    {
        ArgumentNullException.ThrowIfNull(list);
        return new ListSource<T>(list);
    }
}

// Invariant: elements before _index have been produced; the list's current contents from _index on remain. Release
// moves _index to int.MaxValue, beyond any length the list may grow to, so a finished source stays at its end for
// cursor consumers too.
internal sealed class ListSource<T>(List<T> list) : Iter<T>, IStageName
{
    private readonly List<T> _list = list;
    private int _index;

    public string StageName => $"From(List<{typeof(T).Name}>)";

    protected override bool TryAdvance(out T item)
    {
        int i = _index;
        if ((uint)i < (uint)_list.Count)
        {
            item = _list[i];
            _index = i + 1;
            return true;
        }
        item = default!;
        return false;
    }

    public override bool TryGetSpanCursor(out SpanCursor<T> cursor)
    {
        cursor = new SpanCursor<T>(CollectionsMarshal.AsSpan(_list), ref _index);
        return true;
    }

    public override bool TryGetRemainingCount(out long count)
    {
        count = Math.Max(0, _list.Count - _index);
        return true;
    }

    protected override bool TryFoldCore<TSink>(ref TSink sink) =>
        new SpanCursor<T>(CollectionsMarshal.AsSpan(_list), ref _index).Fold(ref sink);

    protected override void Release() => _index = int.MaxValue;
}
