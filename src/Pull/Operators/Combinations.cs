namespace Streams;

public static partial class Pull
{
    /// <summary>All <paramref name="r"/>-element subsets of the source's positions, in order (Python's <c>itertools.combinations</c>).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The pool; the result owns it.</param>
    /// <param name="r">The size of each combination.</param>
    /// <returns>A lazy iterator of new arrays, in Python's order (lexicographic in the positions; each keeps the pool's order).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="r"/> is negative.</exception>
    /// <remarks>Lazy in the output: the source is read to its end (and released) on the first pull, not when building.
    /// Not safe on infinite sources. Elements are told apart by position, not value. <paramref name="r"/> greater than
    /// the pool size gives nothing; <paramref name="r"/> zero gives one empty array.</remarks>
    /// <example><code>Pull.Chars("ABCD").Combinations(2).Map(c =&gt; new string(c)).JoinToString(" "); // "AB AC AD BC BD CD"</code></example>
    public static Iter<T[]> Combinations<T>(this Iter<T> source, int r)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfNegative(r);
        return new CombinationsIter<T>(source, r);
    }
}

// Python's algorithm: indices[0..r) strictly increasing; advance the rightmost index that is not at its maximum.
internal sealed class CombinationsIter<T>(Iter<T> source, int r) : IndexPoolIter<T>(source)
{
    private int _n;

    protected override int Width => r;

    protected override bool Start(int n)
    {
        _n = n;
        if (r > n) return false;
        Indices = new int[r];
        for (int i = 0; i < r; i++) Indices[i] = i;
        return true;
    }

    protected override bool Step()
    {
        int[] indices = Indices;
        int i = r - 1;
        while (i >= 0 && indices[i] == i + _n - r) i--;
        if (i < 0) return false;
        indices[i]++;
        for (int j = i + 1; j < r; j++) indices[j] = indices[j - 1] + 1;
        return true;
    }
}
