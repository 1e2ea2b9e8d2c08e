namespace Streams;

public static partial class Pull
{
    /// <summary>Overlapping pairs of neighbours: <c>(x0, x1), (x1, x2), ...</c> (Python's <c>itertools.pairwise</c>).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The upstream iterator; the result owns it.</param>
    /// <returns>A lazy iterator with one pair fewer than <paramref name="source"/> has elements; empty for fewer than two.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <remarks>Lazy: the first pull takes two elements, then one pull per pair. Safe on infinite sources.</remarks>
    /// <example><code>Pull.Of(1, 2, 3).Pairwise().ToList(); // [(1, 2), (2, 3)]</code></example>
    public static Iter<(T, T)> Pairwise<T>(this Iter<T> source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new PairwiseIter<T>(source);
    }
}

// Invariant: when _hasPrevious, _previous is the last element pulled.
internal sealed class PairwiseIter<T>(Iter<T> source) : Stage<(T, T)>(source.StackDepth)
{
    private T _previous = default!;
    private bool _hasPrevious;

    protected override bool TryAdvance(out (T, T) item)
    {
        if (!_hasPrevious)
        {
            if (!source.Step(out _previous!))
            {
                item = default;
                return false;
            }
            _hasPrevious = true;
        }
        if (!source.Step(out var x))
        {
            item = default;
            return false;
        }
        item = (_previous, x);
        _previous = x;
        return true;
    }

    protected override bool TryFoldCore<TSink>(ref TSink sink)
    {
        var pairing = new Sink<TSink>(this, sink);
        bool reachedEnd = source.TryFold(ref pairing);
        sink = pairing.Inner;
        return reachedEnd;
    }

    protected override void Release()
    {
        source.Dispose();
        _previous = default!;
    }

    // The previous element lives on the stage and is stored before the pair goes downstream (loads and stores per
    // element, no calls), so a lambda that pulls this stage during the fold pairs on from the same element.
    private struct Sink<TSink>(PairwiseIter<T> owner, TSink inner) : ISink<T>
        where TSink : struct, ISink<(T, T)>
    {
        public TSink Inner = inner;

        public bool Accept(T item)
        {
            if (!owner._hasPrevious)
            {
                owner._hasPrevious = true;
                owner._previous = item;
                return true;
            }
            var pair = (owner._previous, item);
            owner._previous = item;
            return Inner.Accept(pair);
        }
    }
}
