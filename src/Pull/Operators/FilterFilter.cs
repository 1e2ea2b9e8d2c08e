namespace Streams;

// Filter followed by Filter, fused into one stage (built by FilterIter.FilterStage): one virtual call per pulled
// element instead of two on the external path. The predicates stay separate delegates, so the fold path still inlines
// each one where the JIT's profile allows. Filter keeps no state, so pulling the first filter's upstream here is
// what the two stages would do.
internal sealed class FilterFilterIter<T>(Iter<T> source, Func<T, bool> first, Func<T, bool> second) : Iter<T>, IStageName
{
    public string StageName => "Filter().Filter";

    protected override bool TryAdvance(out T item)
    {
        while (source.Step(out item!))
        {
            if (first(item) && second(item)) return true;
        }
        return false;
    }

    protected override bool TryFoldCore<TSink>(ref TSink sink)
    {
        var filtered = new FilterSink<T, FilterSink<T, TSink>>(first, new(second, sink));
        bool reachedEnd = source.TryFold(ref filtered);
        sink = filtered.Inner.Inner;
        return reachedEnd;
    }

    protected override void Release() => source.Dispose();
}
