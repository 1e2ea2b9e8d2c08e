namespace Streams;

// The sinks that Map and Filter (and their fused forms) pass upstream in a fold. Generic over the downstream sink
// so that the JIT specialises, and inlines, the whole chain of Accept calls into the source's loop.
internal struct MapSink<TSource, TResult, TSink>(Func<TSource, TResult> selector, TSink inner) : ISink<TSource>
    where TSink : struct, ISink<TResult>
{
    public TSink Inner = inner;

    public bool Accept(TSource item) => Inner.Accept(selector(item));
}

internal struct FilterSink<T, TSink>(Func<T, bool> predicate, TSink inner) : ISink<T>
    where TSink : struct, ISink<T>
{
    public TSink Inner = inner;

    public bool Accept(T item) => !predicate(item) || Inner.Accept(item);
}
