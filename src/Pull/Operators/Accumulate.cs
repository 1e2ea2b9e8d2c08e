namespace Streams;

public static partial class Pull
{
    /// <summary>Running totals: the first element as is, then <c>f(total, next)</c> for each following element
    /// (Python's <c>itertools.accumulate(it, f)</c>).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The upstream iterator; the result owns it.</param>
    /// <param name="folder">Combines the running total with the next element; not called for the first element.</param>
    /// <returns>A lazy iterator with one total per element of <paramref name="source"/>; empty if it is empty.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="folder"/> is <see langword="null"/>.</exception>
    /// <remarks>Lazy: one pull per element produced. Safe on infinite sources.</remarks>
    /// <example><code>Pull.Of(3, 1, 4).Accumulate(Math.Max).ToList(); // [3, 3, 4]</code></example>
    public static Iter<T> Accumulate<T>(this Iter<T> source, Func<T, T, T> folder)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(folder);
        return new AccumulateIter<T>(source, folder);
    }

    /// <summary>Running totals starting from <paramref name="initial"/>, which is produced first
    /// (Python's <c>itertools.accumulate(it, f, initial=x)</c>).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <typeparam name="TAccumulate">The total's type.</typeparam>
    /// <param name="source">The upstream iterator; the result owns it.</param>
    /// <param name="folder">Combines the running total with the next element.</param>
    /// <param name="initial">The first element produced and the first total.</param>
    /// <returns>A lazy iterator with one more element than <paramref name="source"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="folder"/> is <see langword="null"/>.</exception>
    /// <remarks>Lazy: the first element is produced without pulling; then one pull per element. Safe on infinite sources.</remarks>
    /// <example><code>Pull.Of(1, 2, 3).Accumulate((acc, x) =&gt; acc + x, 100).ToList(); // [100, 101, 103, 106]</code></example>
    public static Iter<TAccumulate> Accumulate<T, TAccumulate>(this Iter<T> source, Func<TAccumulate, T, TAccumulate> folder, TAccumulate initial)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(folder);
        return new ScanIter<T, TAccumulate>(source, initial, folder, emitSeed: true);
    }
}

// Invariant: _started says _total holds the running total (after the first element).
internal sealed class AccumulateIter<T>(Iter<T> source, Func<T, T, T> folder) : Stage<T>(source.StackDepth)
{
    private readonly Func<T, T, T> _folder = folder;
    private T _total = default!;
    private bool _started;

    protected override bool TryAdvance(out T item)
    {
        if (!source.Step(out var x))
        {
            item = default!;
            return false;
        }
        item = _total = _started ? _folder(_total, x) : x;
        _started = true;
        return true;
    }

    protected override bool TryFoldCore<TSink>(ref TSink sink)
    {
        var totals = new Sink<TSink>(this, sink);
        bool reachedEnd = source.TryFold(ref totals);
        sink = totals.Inner;
        return reachedEnd;
    }

    protected override void Release()
    {
        source.Dispose();
        _total = default!;
    }

    // The running total lives on the stage and is stored before it goes downstream (loads and stores per element, no
    // calls), so a lambda that pulls this stage during the fold continues the same total.
    private struct Sink<TSink>(AccumulateIter<T> owner, TSink inner) : ISink<T>
        where TSink : struct, ISink<T>
    {
        public TSink Inner = inner;

        public bool Accept(T item)
        {
            var total = owner._total = owner._started ? owner._folder(owner._total, item) : item;
            owner._started = true;
            return Inner.Accept(total);
        }
    }
}
