namespace Streams;

public static partial class Pull
{
    /// <summary>Pairs each element with its position (Python's <c>enumerate</c>).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The upstream iterator; the result owns it.</param>
    /// <param name="start">The index of the first element.</param>
    /// <returns>A lazy iterator of <c>(Index, Item)</c> pairs.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <remarks>Lazy: one pull per element produced. Safe on infinite sources; the index wraps around after
    /// <see cref="long.MaxValue"/> (unchecked).</remarks>
    /// <example><code>Pull.Chars("ab").Enumerate(1).ToList(); // [(1, 'a'), (2, 'b')]</code></example>
    public static Iter<(long Index, T Item)> Enumerate<T>(this Iter<T> source, long start = 0)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new EnumerateIter<T>(source, start);
    }
}

// Invariant: _index is the index of the next element produced.
internal sealed class EnumerateIter<T>(Iter<T> source, long start) : Stage<(long Index, T Item)>(source.StackDepth)
{
    private long _index = start;

    protected override bool TryAdvance(out (long Index, T Item) item)
    {
        if (source.Step(out var x))
        {
            item = (_index, x);
            _index = unchecked(_index + 1);
            return true;
        }
        item = default;
        return false;
    }

    protected override bool TryFoldCore<TSink>(ref TSink sink)
    {
        var numbering = new Sink<TSink>(this, sink);
        bool reachedEnd = source.TryFold(ref numbering);
        sink = numbering.Inner;
        return reachedEnd;
    }

    protected override void Release() => source.Dispose();

    // The index lives on the stage and moves before the element goes downstream (one load and one store per element),
    // so a lambda that pulls this stage during the fold numbers on from the same index.
    private struct Sink<TSink>(EnumerateIter<T> owner, TSink inner) : ISink<T>
        where TSink : struct, ISink<(long Index, T Item)>
    {
        public TSink Inner = inner;

        public bool Accept(T item)
        {
            long i = owner._index;
            owner._index = unchecked(i + 1);
            return Inner.Accept((i, item));
        }
    }
}
