namespace Streams;

public static partial class Pull
{
    /// <summary>Flattens an iterator of iterators: the elements of each inner iterator in turn
    /// (Python's <c>itertools.chain.from_iterable</c>).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="sources">The iterator of parts; the result owns it and every part it yields.</param>
    /// <returns>A lazy iterator over the concatenated parts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sources"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">Thrown while iterating, if <paramref name="sources"/> yields <see langword="null"/>.</exception>
    /// <remarks>Lazy: the next part is pulled from <paramref name="sources"/> only when the current one has ended, and
    /// each part is released as soon as it ends. Disposing the result disposes the current part and
    /// <paramref name="sources"/>. Safe on an infinite <paramref name="sources"/>; an infinite part hides everything
    /// after it.</remarks>
    /// <example><code>Pull.Of(Pull.Of(1, 2), Pull.Empty&lt;int&gt;(), Pull.Of(3)).ChainMany().ToList(); // [1, 2, 3]</code></example>
    public static Iter<T> ChainMany<T>(this Iter<Iter<T>> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        return new ChainManyIter<T>(sources);
    }

    /// <summary>Flattens an iterator of sequences: the elements of each sequence in turn
    /// (Python's <c>itertools.chain.from_iterable</c>).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="sources">The iterator of sequences; the result owns it.</param>
    /// <returns>A lazy iterator over the concatenated sequences.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sources"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">Thrown while iterating, if <paramref name="sources"/> yields <see langword="null"/>.</exception>
    /// <remarks>Lazy: a sequence is enumerated only when the one before it has ended, and its enumerator is disposed when
    /// it ends. Safe on an infinite <paramref name="sources"/>.</remarks>
    /// <example><code>Pull.Of(new[] { 1, 2 }, new[] { 3 }).ChainMany().ToList(); // [1, 2, 3]</code></example>
    public static Iter<T> ChainMany<T>(this Iter<IEnumerable<T>> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        return new ChainManyIter<T>(new MapIter<IEnumerable<T>, Iter<T>>(sources, static e =>
            e is null ? throw new InvalidOperationException("ChainMany: the outer iterator yielded a null sequence.") : From(e)));
    }

    /// <summary>Flattens an iterator of arrays: the elements of each array in turn (Python's <c>itertools.chain.from_iterable</c>).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="sources">The iterator of arrays; the result owns it.</param>
    /// <returns>A lazy iterator over the concatenated arrays.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sources"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">Thrown while iterating, if <paramref name="sources"/> yields <see langword="null"/>.</exception>
    /// <remarks>Lazy: an array is read only when the one before it has ended. Safe on an infinite <paramref name="sources"/>.
    /// This overload exists so that an iterator of arrays (such as <c>Combinations</c>) binds without a cast.</remarks>
    /// <example><code>Pull.Of(1, 2, 3).Combinations(2).ChainMany().ToList(); // [1, 2, 1, 3, 2, 3]</code></example>
    public static Iter<T> ChainMany<T>(this Iter<T[]> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        return new ChainManyIter<T>(new MapIter<T[], Iter<T>>(sources, static a =>
            a is null ? throw new InvalidOperationException("ChainMany: the outer iterator yielded a null array.") : From(a)));
    }
}

// Invariant: _current is the part being drained, or null between parts. A part that ended released itself;
// the outer iterator is not pulled after it said end (the base class finishes us then).
internal sealed class ChainManyIter<T>(Iter<Iter<T>> sources) : Stage<T>(sources.StackDepth)
{
    private Iter<T>? _current;

    protected override bool TryAdvance(out T item)
    {
        while (true)
        {
            if (_current is not null)
            {
                DepthGuard.Enter(_current);
                if (_current.Step(out item!)) return true;
                _current = null;
            }
            if (!sources.Step(out var next))
            {
                item = default!;
                return false;
            }
            _current = next ?? ThrowNullPart();
        }
    }

    protected override bool TryFoldCore<TSink>(ref TSink sink)
    {
        if (!FoldCurrent(ref sink)) return false;
        var flat = new Sink<TSink>(this, sink);
        bool reachedEnd = sources.TryFold(ref flat);
        sink = flat.Inner;
        return reachedEnd;
    }

    // Folds the part being drained, and any part a lambda reached by pulling this stage during the fold; true if the
    // last of them ended.
    private bool FoldCurrent<TSink>(ref TSink sink) where TSink : struct, ISink<T>
    {
        while (_current is { } part)
        {
            DepthGuard.Enter(part);
            if (!part.TryFold(ref sink)) return false;
            if (_current == part) _current = null;
        }
        return true;
    }

    protected override void Release()
    {
        var current = _current;
        _current = null;
        DisposeHelper.DisposeAll(current, sources);
    }

    private static Iter<T> ThrowNullPart() =>
        throw new InvalidOperationException("ChainMany: the outer iterator yielded a null part.");

    // The part being folded is recorded on the stage (one field write per part), so that a lambda or sink pulling this
    // stage during the fold continues inside it, as the pull path would.
    private struct Sink<TSink>(ChainManyIter<T> owner, TSink inner) : ISink<Iter<T>>
        where TSink : struct, ISink<T>
    {
        public TSink Inner = inner;

        public bool Accept(Iter<T> part)
        {
            owner._current = part ?? ThrowNullPart();
            return owner.FoldCurrent(ref Inner);
        }
    }
}
