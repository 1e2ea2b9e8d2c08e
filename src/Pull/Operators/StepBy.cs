namespace Streams;

public static partial class Pull
{
    /// <summary>The first element, then every <paramref name="step"/>-th element after it (Rust's <c>step_by</c>,
    /// Python's <c>islice(it, 0, None, step)</c>).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The upstream iterator; the result owns it.</param>
    /// <param name="step">The distance between produced elements; 1 produces every element.</param>
    /// <returns>A lazy iterator of the elements at positions 0, step, 2*step, ...</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="step"/> is zero or negative.</exception>
    /// <remarks>Lazy: each pull consumes the elements up to the next produced one and no further. Safe on infinite sources.</remarks>
    /// <example><code>Pull.Range(0, 10).StepBy(4).ToList(); // [0, 4, 8]</code></example>
    public static Iter<T> StepBy<T>(this Iter<T> source, long step)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(step);
        return new StepByIter<T>(source, step);
    }
}

// Invariant: _gap elements must be dropped before the next produced one (0 before the first element).
internal sealed class StepByIter<T>(Iter<T> source, long step) : Stage<T>(source.StackDepth)
{
    private readonly long _step = step;
    private long _gap;

    protected override bool TryAdvance(out T item)
    {
        while (_gap > 0)
        {
            if (!source.Step(out _))
            {
                item = default!;
                return false;
            }
            _gap--;
        }
        if (!source.Step(out item!)) return false;
        _gap = _step - 1;
        return true;
    }

    protected override bool TryFoldCore<TSink>(ref TSink sink)
    {
        var stepping = new Sink<TSink>(this, sink);
        bool reachedEnd = source.TryFold(ref stepping);
        sink = stepping.Inner;
        return reachedEnd;
    }

    protected override void Release() => source.Dispose();

    // The gap lives on the stage and is set before the element goes downstream (one load and one store per element), so
    // a lambda that pulls this stage during the fold keeps the same stride.
    private struct Sink<TSink>(StepByIter<T> owner, TSink inner) : ISink<T>
        where TSink : struct, ISink<T>
    {
        public TSink Inner = inner;

        public bool Accept(T item)
        {
            long gap = owner._gap;
            if (gap > 0)
            {
                owner._gap = gap - 1;
                return true;
            }
            owner._gap = owner._step - 1;
            return Inner.Accept(item);
        }
    }
}
