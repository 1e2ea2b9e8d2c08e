namespace Streams;

public static partial class Pull
{
    /// <summary>Splits the source into runs of adjacent elements with equal keys, each run as its key and a list
    /// (Python's <c>[(k, list(g)) for k, g in groupby(it, key)]</c>).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <param name="source">The upstream iterator; the result owns it.</param>
    /// <param name="keySelector">Computes an element's key, once per element.</param>
    /// <param name="comparer">How keys are compared; <see langword="null"/> for the default.</param>
    /// <returns>A lazy iterator of (key, items) pairs; each list is new and the caller's to keep.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="keySelector"/> is <see langword="null"/>.</exception>
    /// <remarks>Lazy: a pull reads one run and the first element of the next (one element of look-ahead), buffering only
    /// the run it returns. Safe on infinite sources whose runs are finite. Unlike
    /// <see cref="GroupAdjacent{T, TKey}(Iter{T}, Func{T, TKey}, IEqualityComparer{TKey}?)"/>, a run stays valid after
    /// the next pull; unlike LINQ's <c>GroupBy</c>, only neighbours are grouped.</remarks>
    /// <example><code>Pull.Of(1, 1, 2, 1).GroupAdjacentLists(x =&gt; x).ToList(); // [(1, [1, 1]), (2, [2]), (1, [1])]</code></example>
    public static Iter<(TKey Key, List<T> Items)> GroupAdjacentLists<T, TKey>(
        this Iter<T> source, Func<T, TKey> keySelector, IEqualityComparer<TKey>? comparer = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(keySelector);
        return source.GroupAdjacent(keySelector, comparer).Map(static g => (g.Key, g.Elements.ToList()));
    }
}
