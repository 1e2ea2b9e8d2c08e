namespace Streams;

public static partial class Pull
{
    /// <summary>Maps each element to an iterator and yields the elements of each in turn (Rust's <c>flat_map</c>, LINQ's <c>SelectMany</c>).</summary>
    /// <typeparam name="TSource">The input element type.</typeparam>
    /// <typeparam name="TResult">The output element type.</typeparam>
    /// <param name="source">The upstream iterator; the result owns it.</param>
    /// <param name="selector">Makes the inner iterator for an element; the result owns each inner iterator.</param>
    /// <returns>A lazy iterator over the concatenated inner iterators.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="selector"/> is <see langword="null"/>.</exception>
    /// <remarks>Lazy: pulls the next outer element only when the current inner iterator has ended, and releases each inner
    /// iterator as it ends. Safe on infinite outer sources; an infinite inner iterator hides everything after it.
    /// A selector like <c>x =&gt; ys.Map(y =&gt; x * y)</c> allocates a closure, a delegate and the inner stages per outer
    /// element; query syntax (<c>from x in xs from y in ys select x * y</c>, SelectMany with a result selector) keeps the
    /// outer element in the iterator instead: one allocation per outer element (the inner source) instead of four.
    /// Compile-time fusion (docs/fusion.md) runs a known inner pipeline as a nested loop; the closure a selector like
    /// the one above captures is still allocated per outer element by the C# compiler.</remarks>
    /// <example><code>Pull.Range(1, 4).FlatMap(x =&gt; Pull.Repeat(x, x)).ToList(); // [1, 2, 2, 3, 3, 3]</code></example>
    public static Iter<TResult> FlatMap<TSource, TResult>(this Iter<TSource> source, Func<TSource, Iter<TResult>> selector)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(selector);
        return new FlatMapIter<TSource, TResult>(source, selector);
    }
}

// Invariant: _inner is the inner iterator being drained, or null between inner iterators.
internal sealed class FlatMapIter<TSource, TResult>(Iter<TSource> source, Func<TSource, Iter<TResult>> selector) : Stage<TResult>(source.StackDepth)
{
    private readonly Func<TSource, Iter<TResult>> _selector = selector;
    private Iter<TResult>? _inner;

    protected override bool TryAdvance(out TResult item)
    {
        while (true)
        {
            if (_inner is not null)
            {
                DepthGuard.Enter(_inner);
                if (_inner.Step(out item!)) return true;
                _inner = null; // it released itself on reaching its end
            }
            if (!source.Step(out var x))
            {
                item = default!;
                return false;
            }
            _inner = _selector(x) ?? throw new InvalidOperationException("FlatMap's selector returned null.");
        }
    }

    protected override bool TryFoldCore<TSink>(ref TSink sink)
    {
        if (_inner is { } pending)
        {
            DepthGuard.Enter(pending);
            if (!pending.TryFold(ref sink)) return false;
            if (_inner == pending) _inner = null;
            if (!FoldPending(ref sink)) return false; // a lambda pulled this stage into a next inner pipeline
        }
        var flat = new Sink<TSink>(this, sink);
        bool reachedEnd = source.TryFold(ref flat);
        sink = flat.Inner;
        return reachedEnd;
    }

    protected override void Release()
    {
        var inner = _inner;
        _inner = null;
        DisposeHelper.DisposeAll(inner, source);
    }

    // The inner iterator being folded is recorded on the stage (one field write per inner pipeline), so that a lambda
    // or sink pulling this stage during the fold continues inside it, as the pull path would.
    private struct Sink<TSink>(FlatMapIter<TSource, TResult> owner, TSink inner) : ISink<TSource>
        where TSink : struct, ISink<TResult>
    {
        public TSink Inner = inner;
        private Type? _folderClass;
        private ExactFolder<TResult, TSink>? _folder;

        public bool Accept(TSource item)
        {
            var it = owner._selector(item) ?? throw new InvalidOperationException("FlatMap's selector returned null.");
            owner._inner = it;
            DepthGuard.Enter(it);
            // Inner pipelines are usually all of one class: its folder (asked once per class, a generic virtual call)
            // folds each with an ordinary virtual call instead of TryFoldCore's generic virtual lookup per outer element.
            Type cls = it.GetType();
            if (cls != _folderClass)
            {
                _folderClass = cls;
                _folder = it.GetExactFolder<TSink>();
            }
            bool ended = _folder is { } folder ? folder.TryFold(it, ref Inner) : it.TryFold(ref Inner);
            if (!ended) return false;
            if (owner._inner == it) owner._inner = null;
            // A lambda pulled this stage past the end of this inner pipeline into the next one: finish that one first.
            return owner._inner is null || owner.FoldPending(ref Inner);
        }
    }


    // Folds the inner pipeline a lambda started by pulling this stage during a fold; true if it ended.
    private bool FoldPending<TSink>(ref TSink sink) where TSink : struct, ISink<TResult>
    {
        while (_inner is { } pending)
        {
            DepthGuard.Enter(pending);
            if (!pending.TryFold(ref sink)) return false;
            if (_inner == pending) _inner = null;
        }
        return true;
    }
}
