namespace Streams;

// Filter followed by Map, fused into one stage (built by FilterIter.MapStage): one virtual call per pulled element
// instead of two on the external path. It pulls the filter's own upstream, so it shares elements exactly as the
// two stages would.
internal sealed class FilterMapIter<TSource, TResult>(Iter<TSource> source, Func<TSource, bool> predicate, Func<TSource, TResult> selector)
    : Iter<TResult>, IStageName
{
    public string StageName => "Filter().Map";

    protected override bool TryAdvance(out TResult item)
    {
        while (source.Step(out var x))
        {
            if (predicate(x))
            {
                item = selector(x);
                return true;
            }
        }
        item = default!;
        return false;
    }

    protected override bool TryFoldCore<TSink>(ref TSink sink)
    {
        var fused = new FilterSink<TSource, MapSink<TSource, TResult, TSink>>(predicate, new(selector, sink));
        bool reachedEnd = source.TryFold(ref fused);
        sink = fused.Inner.Inner;
        return reachedEnd;
    }

    protected override void Release() => source.Dispose();
}
