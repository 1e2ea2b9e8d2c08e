namespace Streams;

public static partial class Pull
{
    /// <summary>Drops each element equal to the one just before it (more-itertools' <c>unique_justseen</c>; the Unix
    /// <c>uniq</c>).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The upstream iterator; the result owns it.</param>
    /// <param name="comparer">How neighbours are compared; <see langword="null"/> for the default.</param>
    /// <returns>A lazy iterator of the first element of each run of equal neighbours.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <remarks>Lazy, one element of memory; safe on infinite sources (an infinite run of equal elements makes the next
    /// pull run forever). To drop every repeat, not only neighbours, use <c>Distinct</c>.</remarks>
    /// <example><code>Pull.Chars("AAAABBBCCDAABBB").UniqueJustSeen().JoinToString(""); // "ABCDAB"</code></example>
    public static Iter<T> UniqueJustSeen<T>(this Iter<T> source, IEqualityComparer<T>? comparer = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new UniqueJustSeenIter<T, T>(source, static x => x, comparer ?? EqualityComparer<T>.Default);
    }

    /// <summary>Drops each element whose key equals the key of the element just before it (more-itertools'
    /// <c>unique_justseen(it, key)</c>).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <param name="source">The upstream iterator; the result owns it.</param>
    /// <param name="keySelector">Computes an element's key, once per element.</param>
    /// <param name="comparer">How keys are compared; <see langword="null"/> for the default.</param>
    /// <returns>A lazy iterator of the first element of each run of equal keys.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="keySelector"/> is <see langword="null"/>.</exception>
    /// <remarks>Lazy, one key of memory; safe on infinite sources.</remarks>
    /// <example><code>Pull.Chars("ABBcCAD").UniqueJustSeenBy(char.ToLower).JoinToString(""); // "ABcAD"</code></example>
    public static Iter<T> UniqueJustSeenBy<T, TKey>(this Iter<T> source, Func<T, TKey> keySelector, IEqualityComparer<TKey>? comparer = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(keySelector);
        return new UniqueJustSeenIter<T, TKey>(source, keySelector, comparer ?? EqualityComparer<TKey>.Default);
    }
}

// Invariant: when _hasLast, _lastKey is the key of the last element pulled (produced, or dropped as its repeat).
internal sealed class UniqueJustSeenIter<T, TKey>(Iter<T> source, Func<T, TKey> keySelector, IEqualityComparer<TKey> comparer)
    : Stage<T>(source.StackDepth)
{
    private readonly Func<T, TKey> _keySelector = keySelector;
    private readonly IEqualityComparer<TKey> _comparer = comparer;
    private TKey _lastKey = default!;
    private bool _hasLast;

    // Records the key of a pulled element; false when it repeats the previous one.
    private bool IsNewRun(T item)
    {
        var key = _keySelector(item);
        if (_hasLast && _comparer.Equals(_lastKey, key)) return false;
        _lastKey = key;
        _hasLast = true;
        return true;
    }

    protected override bool TryAdvance(out T item)
    {
        while (source.Step(out item!))
        {
            if (IsNewRun(item)) return true;
        }
        return false;
    }

    protected override bool TryFoldCore<TSink>(ref TSink sink)
    {
        var unique = new Sink<TSink>(this, sink);
        bool reachedEnd = source.TryFold(ref unique);
        sink = unique.Inner;
        return reachedEnd;
    }

    protected override void Release() => source.Dispose();

    private struct Sink<TSink>(UniqueJustSeenIter<T, TKey> owner, TSink inner) : ISink<T>
        where TSink : struct, ISink<T>
    {
        public TSink Inner = inner;

        public bool Accept(T item) => !owner.IsNewRun(item) || Inner.Accept(item);
    }
}
