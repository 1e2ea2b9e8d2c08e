namespace Streams;

// Map and Filter directly over an array source: the external path indexes the array instead of calling the source
// through a virtual method per element, and the fold calls the array's loop directly instead of through a generic
// virtual method (which costs a runtime lookup per call: it matters for the many small inner pipelines of a FlatMap).
// Each stage advances the source's Index itself, so anyone else pulling the source sees the same position; a finished
// source (disposed elsewhere) has its Index at the end, so it ends the stage with no extra check per element.

internal sealed class ArrayMapIter<TSource, TResult>(ArraySource<TSource> source, Func<TSource, TResult> selector) : Iter<TResult>, IStageName
{
    public string StageName => "Map";

    protected override bool TryAdvance(out TResult item) => TryTake(out item);

    /// <summary>The pull without the virtual call, for FlatMap's pull path over an inner pipeline it recognised as
    /// this class. At the end the caller finishes this stage, as <see cref="Iter{T}.Step"/> would.</summary>
    internal bool TryTake(out TResult item)
    {
        TSource[] a = source.Array;
        int i = source.Index;
        if ((uint)i < (uint)a.Length)
        {
            source.Index = i + 1;
            item = selector(a[i]);
            return true;
        }
        item = default!;
        return false;
    }

    protected override bool TryFoldCore<TSink>(ref TSink sink) => FoldMapped(ref sink);

    /// <summary><see cref="Iter{T}.TryFold{TSink}"/> without its generic virtual dispatch, which costs a runtime
    /// lookup per call: FlatMap calls this on each inner pipeline it recognises as this class.</summary>
    internal bool FoldExact<TSink>(ref TSink sink) where TSink : struct, ISink<TResult>
    {
        if (IsFinished) return true;
        bool reachedEnd;
        try
        {
            reachedEnd = FoldMapped(ref sink);
        }
        catch
        {
            Finish();
            throw;
        }
        // At the end the source has finished itself (FoldDirect), so Release (disposing it) has nothing to do.
        if (reachedEnd) MarkFinishedAtEnd();
        return reachedEnd;
    }

    private bool FoldMapped<TSink>(ref TSink sink) where TSink : struct, ISink<TResult>
    {
        var mapped = new MapSink<TSource, TResult, TSink>(selector, sink);
        bool reachedEnd = source.FoldDirect(ref mapped);
        sink = mapped.Inner;
        return reachedEnd;
    }

    protected override void Release() => source.Dispose();

}

internal sealed class ArrayFilterIter<T>(ArraySource<T> source, Func<T, bool> predicate) : Iter<T>, IStageName
{
    public string StageName => "Filter";

    protected override bool TryAdvance(out T item)
    {
        T[] a = source.Array;
        int i = source.Index;
        while ((uint)i < (uint)a.Length)
        {
            T x = a[i++];
            if (predicate(x))
            {
                source.Index = i;
                item = x;
                return true;
            }
        }
        source.Index = i;
        item = default!;
        return false;
    }

    protected override bool TryFoldCore<TSink>(ref TSink sink)
    {
        var filtered = new FilterSink<T, TSink>(predicate, sink);
        bool reachedEnd = source.FoldDirect(ref filtered);
        sink = filtered.Inner;
        return reachedEnd;
    }

    protected override void Release() => source.Dispose();

    internal override Iter<TResult> MapStage<TResult>(Func<T, TResult> selector) =>
        new ArrayFilterMapIter<T, TResult>(source, predicate, selector);
}

internal sealed class ArrayFilterMapIter<TSource, TResult>(ArraySource<TSource> source, Func<TSource, bool> predicate, Func<TSource, TResult> selector)
    : Iter<TResult>, IStageName
{
    public string StageName => "Filter().Map";

    protected override bool TryAdvance(out TResult item)
    {
        TSource[] a = source.Array;
        int i = source.Index;
        while ((uint)i < (uint)a.Length)
        {
            TSource x = a[i++];
            if (predicate(x))
            {
                source.Index = i;
                item = selector(x);
                return true;
            }
        }
        source.Index = i;
        item = default!;
        return false;
    }

    protected override bool TryFoldCore<TSink>(ref TSink sink)
    {
        var filtered = new FilterSink<TSource, MapSink<TSource, TResult, TSink>>(predicate, new(selector, sink));
        bool reachedEnd = source.FoldDirect(ref filtered);
        sink = filtered.Inner.Inner;
        return reachedEnd;
    }

    protected override void Release() => source.Dispose();
}
