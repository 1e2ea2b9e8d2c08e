namespace Streams;

// Map followed by Map, fused into one stage (built by MapIter.MapStage): one virtual call per element instead of two
// on the external path; seven chained maps become four stages. The two delegates stay separate (not composed into one
// closure), so the fold path still inlines each lambda where the JIT's profile allows. Pulls the first map's upstream,
// which is what the two stages would do: Map keeps no state of its own.
internal sealed class MapMapIter<TSource, TMiddle, TResult>(Iter<TSource> source, Func<TSource, TMiddle> first, Func<TMiddle, TResult> second)
    : Iter<TResult>, IStageName
{
    public string StageName => "Map().Map";

    protected override bool TryAdvance(out TResult item)
    {
        if (source.Step(out var x))
        {
            item = second(first(x));
            return true;
        }
        item = default!;
        return false;
    }

    protected override bool TryFoldCore<TSink>(ref TSink sink)
    {
        var mapped = new MapSink<TSource, TMiddle, MapSink<TMiddle, TResult, TSink>>(first, new(second, sink));
        bool reachedEnd = source.TryFold(ref mapped);
        sink = mapped.Inner.Inner;
        return reachedEnd;
    }

    protected override void Release() => source.Dispose();
}
