namespace Streams;

public static partial class Pull
{
    /// <summary>Yields the elements of <paramref name="source"/>, then replays them again and again forever
    /// (Python's <c>itertools.cycle</c>).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The upstream iterator; the result owns it and releases it when its first pass ends.</param>
    /// <returns>A lazy iterator; infinite unless <paramref name="source"/> is empty, in which case it is empty.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <remarks>Lazy: the first pass pulls one element per element produced and saves each one, so memory grows with
    /// the length of <paramref name="source"/> (like Python). The replays never pull <paramref name="source"/> again.
    /// On an infinite source it behaves as the source itself, but still saves every element: avoid that.</remarks>
    /// <example><code>Pull.Of(1, 2).Cycle().Take(5).ToList(); // [1, 2, 1, 2, 1]</code></example>
    public static Iter<T> Cycle<T>(this Iter<T> source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new CycleIter<T>(source);
    }
}

// Invariant: while !_replaying, source has not said end and _saved holds every element produced so far;
// once _replaying, source has ended (and was released) and _index is the next saved element to yield.
internal sealed class CycleIter<T>(Iter<T> source) : Stage<T>(source.StackDepth)
{
    private readonly List<T> _saved = new();
    private bool _replaying;
    private int _index;

    protected override bool TryAdvance(out T item)
    {
        if (!_replaying)
        {
            if (source.Step(out item!))
            {
                _saved.Add(item);
                return true;
            }
            _replaying = true; // the source ended: it released itself if it is a source, and stays where it is if a stage
        }
        if (_saved.Count == 0)
        {
            item = default!;
            return false;
        }
        item = _saved[_index];
        _index = _index + 1 == _saved.Count ? 0 : _index + 1;
        return true;
    }

    protected override bool TryFoldCore<TSink>(ref TSink sink)
    {
        if (!_replaying)
        {
            var saving = new Sink<TSink>(_saved, sink);
            bool ended = source.TryFold(ref saving);
            sink = saving.Inner;
            if (!ended) return false;
            _replaying = true;
        }
        if (_saved.Count == 0) return true;
        // _index is stored before each element reaches the sink and read again after, so a lambda that pulls this
        // cycle itself sees and moves the right position.
        TSink s = sink;
        while (true)
        {
            int i = _index;
            T x = _saved[i];
            _index = i + 1 == _saved.Count ? 0 : i + 1;
            if (!s.Accept(x))
            {
                sink = s;
                return false;
            }
        }
    }

    protected override void Release()
    {
        source.Dispose();
        _saved.Clear();
    }

    private struct Sink<TSink>(List<T> saved, TSink inner) : ISink<T>
        where TSink : struct, ISink<T>
    {
        public TSink Inner = inner;

        public bool Accept(T item)
        {
            saved.Add(item);
            return Inner.Accept(item);
        }
    }
}
