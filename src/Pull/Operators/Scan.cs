namespace Streams;

public static partial class Pull
{
    /// <summary>The running fold: yields <c>f(seed, x0)</c>, <c>f(f(seed, x0), x1)</c>, ... (Rx's <c>Scan</c>, Kotlin's
    /// <c>runningReduce</c> with a seed). The seed itself is not produced; use
    /// <see cref="Accumulate{T, TAccumulate}(Iter{T}, Func{TAccumulate, T, TAccumulate}, TAccumulate)"/> for that.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <typeparam name="TAccumulate">The accumulator type.</typeparam>
    /// <param name="source">The upstream iterator; the result owns it.</param>
    /// <param name="seed">The accumulator before the first element.</param>
    /// <param name="folder">Combines the accumulator with the next element; called once per pulled element.</param>
    /// <returns>A lazy iterator of the successive accumulators, one per element of <paramref name="source"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="folder"/> is <see langword="null"/>.</exception>
    /// <remarks>Lazy: one pull per element produced. Safe on infinite sources.</remarks>
    /// <example><code>Pull.Range(1, 5).Scan(0L, (acc, x) =&gt; acc + x).ToList(); // [1, 3, 6, 10]</code></example>
    public static Iter<TAccumulate> Scan<T, TAccumulate>(this Iter<T> source, TAccumulate seed, Func<TAccumulate, T, TAccumulate> folder)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(folder);
        return new ScanIter<T, TAccumulate>(source, seed, folder, emitSeed: false);
    }
}

// Invariant: _acc is the last accumulator (the seed before any element); _emitSeed says the seed is still owed.
internal sealed class ScanIter<T, TAccumulate>(Iter<T> source, TAccumulate seed, Func<TAccumulate, T, TAccumulate> folder, bool emitSeed)
    : Stage<TAccumulate>(source.StackDepth)
{
    private readonly Func<TAccumulate, T, TAccumulate> _folder = folder;
    private TAccumulate _acc = seed;
    private bool _emitSeed = emitSeed;

    protected override bool TryAdvance(out TAccumulate item)
    {
        if (_emitSeed)
        {
            _emitSeed = false;
            item = _acc;
            return true;
        }
        if (source.Step(out var x))
        {
            item = _acc = _folder(_acc, x);
            return true;
        }
        item = default!;
        return false;
    }

    protected override bool TryFoldCore<TSink>(ref TSink sink)
    {
        if (_emitSeed)
        {
            _emitSeed = false;
            if (!sink.Accept(_acc)) return false;
        }
        var scanning = new Sink<TSink>(this, sink);
        bool reachedEnd = source.TryFold(ref scanning);
        sink = scanning.Inner;
        return reachedEnd;
    }

    protected override void Release()
    {
        source.Dispose();
        _acc = default!;
    }

    // The accumulator lives on the stage and is stored before it goes downstream (one load and one store per element),
    // so a lambda that pulls this stage during the fold continues the same running fold.
    private struct Sink<TSink>(ScanIter<T, TAccumulate> owner, TSink inner) : ISink<T>
        where TSink : struct, ISink<TAccumulate>
    {
        public TSink Inner = inner;

        public bool Accept(T item)
        {
            var acc = owner._acc = owner._folder(owner._acc, item);
            return Inner.Accept(acc);
        }
    }
}
