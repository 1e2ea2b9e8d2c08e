namespace Streams;

// SelectMany with a result selector, what `from x in a from y in f(x) select g(x, y)` compiles to. Built as
// FlatMap(x => f(x).Map(y => g(x, y))) it would allocate a closure, a delegate and a Map stage per outer element;
// here the outer element is kept in a field (pull path) or in the sink (fold path), so each outer element costs only
// what the collection selector itself builds.
// Invariant: _inner is the inner iterator being drained (paired with _outer), or null between inner iterators;
// _outer is meaningful only while _inner is set.
internal sealed class SelectManyIter<TSource, TCollection, TResult>(
    Iter<TSource> source, Func<TSource, Iter<TCollection>> collectionSelector, Func<TSource, TCollection, TResult> resultSelector)
    : Stage<TResult>(source.StackDepth), IStageName
{
    private readonly Func<TSource, TCollection, TResult> _resultSelector = resultSelector;
    private Iter<TCollection>? _inner;
    private TSource _outer = default!;

    // Touched: pulled or folded at least once (then nothing may be detached). Detached: generated code took the source
    // and both selectors over (TryDetach); this iterator then owns nothing, so its Release disposes nothing.
    private bool _touched;
    private bool _detached;

    public string StageName => "SelectMany";

    /// <summary>Hands the source and both selectors to generated code, when nothing observable has happened yet: never
    /// pulled, folded, disposed or finished, and no depth guard (a guarded stage folds by pulling). The iterator is then
    /// finished and owns nothing; the caller owns <paramref name="src"/> and must release it as this stage would have
    /// (at an exception passing through, not at the end or when a downstream stops).</summary>
    internal bool TryDetach(out Iter<TSource> src, out Func<TSource, Iter<TCollection>> selector,
        out Func<TSource, TCollection, TResult> result)
    {
        if (_touched || _detached || FoldsSlowly)
        {
            src = null!;
            selector = null!;
            result = null!;
            return false;
        }
        _detached = true;
        src = source;
        selector = collectionSelector;
        result = _resultSelector;
        End(); // finished: a later pull gets nothing, a later Dispose runs Release, which now disposes nothing
        return true;
    }

    protected override bool TryAdvance(out TResult item)
    {
        _touched = true;
        while (true)
        {
            if (_inner is not null)
            {
                DepthGuard.Enter(_inner);
                if (_inner.Step(out var c))
                {
                    item = _resultSelector(_outer, c);
                    return true;
                }
                _inner = null; // it released itself on reaching its end
            }
            if (!source.Step(out var x))
            {
                item = default!;
                return false;
            }
            _inner = Select(x);
            _outer = x;
        }
    }

    protected override bool TryFoldCore<TSink>(ref TSink sink)
    {
        _touched = true;
        if (!FoldPending(ref sink)) return false;
        var flat = new OuterSink<TSink>(this, sink);
        bool reachedEnd = source.TryFold(ref flat);
        sink = flat.Inner;
        return reachedEnd;
    }

    protected override void Release()
    {
        _touched = true;
        if (_detached) return; // the source belongs to the generated code that detached it
        var inner = _inner;
        _inner = null;
        _outer = default!;
        DisposeHelper.DisposeAll(inner, source);
    }

    // Folds the inner iterator being drained, and any a lambda reached by pulling this stage during the fold; true if
    // the last of them ended.
    private bool FoldPending<TSink>(ref TSink sink) where TSink : struct, ISink<TResult>
    {
        while (_inner is { } pending)
        {
            DepthGuard.Enter(pending);
            var paired = new PairSink<TSink>(_resultSelector, _outer, sink);
            bool innerEnded = pending.TryFold(ref paired);
            sink = paired.Inner;
            if (!innerEnded) return false;
            if (_inner == pending) _inner = null;
        }
        return true;
    }

    private Iter<TCollection> Select(TSource x) =>
        collectionSelector(x) ?? throw new InvalidOperationException("SelectMany's collection selector returned null.");

    private struct PairSink<TSink>(Func<TSource, TCollection, TResult> resultSelector, TSource outer, TSink inner) : ISink<TCollection>
        where TSink : struct, ISink<TResult>
    {
        public TSink Inner = inner;

        public bool Accept(TCollection item) => Inner.Accept(resultSelector(outer, item));
    }

    private struct OuterSink<TSink>(SelectManyIter<TSource, TCollection, TResult> owner, TSink inner) : ISink<TSource>
        where TSink : struct, ISink<TResult>
    {
        public TSink Inner = inner;

        public bool Accept(TSource item)
        {
            var it = owner.Select(item);
            // Recorded on the iterator, not in this sink: the fold loops work on a copy of the sink and write it back
            // only on a normal return, and an exception must still find (and release) the inner iterator; a consumer
            // that stops inside it finds it there too.
            owner._inner = it;
            owner._outer = item;
            DepthGuard.Enter(it);
            var paired = new PairSink<TSink>(owner._resultSelector, item, Inner);
            // A memory-backed inner (from x in a from y in array select ...) folds through its span capability in
            // TryFold, without the generic virtual dispatch of TryFoldCore.
            bool ended = it.TryFold(ref paired);
            Inner = paired.Inner;
            if (!ended) return false;
            if (owner._inner == it) owner._inner = null; // _outer is overwritten by the next inner, and cleared by Release
            return owner.FoldPending(ref Inner); // a lambda may have pulled this stage into a next inner iterator

        }
    }
}
