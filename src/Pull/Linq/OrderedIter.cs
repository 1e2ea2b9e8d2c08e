namespace Streams;

/// <summary>The result of <c>Order</c>, <c>OrderBy</c> and their descending and <c>ThenBy</c> forms: an iterator that
/// sorts its source at the first pull, and that <c>ThenBy</c> can refine before then.</summary>
/// <typeparam name="TElement">The element type.</typeparam>
/// <remarks>
/// <para>Buffers: the first pull consumes the source to its end (never returns on an infinite source), then sorts
/// stably with System.Linq's algorithm, so equal keys keep their source order exactly as in LINQ.</para>
/// <para><c>ThenBy</c> takes over the source of the ordering it refines: use only its result, and call it before the
/// first pull.</para>
/// </remarks>
public sealed class OrderedIter<TElement> : Iter<TElement>
{
    private readonly Iter<TElement> _source;
    private readonly Func<IEnumerable<TElement>, IOrderedEnumerable<TElement>> _order;
    private IEnumerator<TElement>? _sorted;

    // A stage (see Stage<T>): its end leaves the source alone; Dispose or an exception releases it.
    internal OrderedIter(Iter<TElement> source, Func<IEnumerable<TElement>, IOrderedEnumerable<TElement>> order)
        : base(releaseAtEnd: false)
    {
        _source = source;
        _order = order;
        StackOn(source.StackDepth);
    }

    // A refinement shares the source; refining after the sort has started would silently ignore the new key.
    internal OrderedIter<TElement> Then(Func<IOrderedEnumerable<TElement>, IOrderedEnumerable<TElement>> refine)
    {
        if (_sorted is not null || IsFinished)
        {
            throw new InvalidOperationException("ThenBy: the ordering has already been pulled; call ThenBy before the first pull.");
        }
        var order = _order;
        return new OrderedIter<TElement>(_source, s => refine(order(s)));
    }

    /// <inheritdoc/>
    protected override bool TryAdvance(out TElement item)
    {
        var sorted = _sorted ??= _order(_source).GetEnumerator();
        if (sorted.MoveNext())
        {
            item = sorted.Current;
            return true;
        }
        item = default!;
        return false;
    }

    /// <inheritdoc/>
    protected override void Release()
    {
        try
        {
            _sorted?.Dispose();
        }
        finally
        {
            _source.Dispose();
        }
    }
}
