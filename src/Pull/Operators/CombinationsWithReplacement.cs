namespace Streams;

public static partial class Pull
{
    /// <summary>All <paramref name="r"/>-element multisets of the source's positions, in order
    /// (Python's <c>itertools.combinations_with_replacement</c>).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The pool; the result owns it.</param>
    /// <param name="r">The size of each combination.</param>
    /// <returns>A lazy iterator of new arrays, in Python's order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="r"/> is negative.</exception>
    /// <remarks>Lazy in the output: the source is read to its end (and released) on the first pull, not when building.
    /// Not safe on infinite sources. An empty pool gives nothing unless <paramref name="r"/> is zero, which gives one
    /// empty array.</remarks>
    /// <example><code>Pull.Chars("ABC").CombinationsWithReplacement(2).Map(c =&gt; new string(c)).JoinToString(" "); // "AA AB AC BB BC CC"</code></example>
    public static Iter<T[]> CombinationsWithReplacement<T>(this Iter<T> source, int r)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfNegative(r);
        return new CombinationsWithReplacementIter<T>(source, r);
    }
}

// Python's algorithm: indices[0..r) non-decreasing; bump the rightmost index below n - 1 and copy it rightwards.
internal sealed class CombinationsWithReplacementIter<T>(Iter<T> source, int r) : IndexPoolIter<T>(source)
{
    private int _n;

    protected override int Width => r;

    protected override bool Start(int n)
    {
        _n = n;
        if (n == 0 && r > 0) return false;
        Indices = new int[r];
        return true;
    }

    protected override bool Step()
    {
        int[] indices = Indices;
        int i = r - 1;
        while (i >= 0 && indices[i] == _n - 1) i--;
        if (i < 0) return false;
        int v = indices[i] + 1;
        for (int j = i; j < r; j++) indices[j] = v;
        return true;
    }
}
