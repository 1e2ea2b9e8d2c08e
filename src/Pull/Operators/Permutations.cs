namespace Streams;

public static partial class Pull
{
    /// <summary>All orderings of <paramref name="r"/> distinct positions of the source (Python's <c>itertools.permutations(it, r)</c>).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The pool; the result owns it.</param>
    /// <param name="r">The length of each permutation.</param>
    /// <returns>A lazy iterator of new arrays, in Python's order (lexicographic in the positions of the pool).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="r"/> is negative.</exception>
    /// <remarks>Lazy in the output: the source is read to its end (and released) on the first pull, not when building;
    /// then one permutation is computed per pull. Not safe on infinite sources (the first pull never ends). Elements are
    /// told apart by position, not value: repeated values give repeated permutations. <paramref name="r"/> greater than
    /// the pool size gives nothing; <paramref name="r"/> zero gives one empty array.</remarks>
    /// <example><code>Pull.Of(1, 2, 3).Permutations(2).Map(p =&gt; string.Concat(p)).JoinToString(" "); // "12 13 21 23 31 32"</code></example>
    public static Iter<T[]> Permutations<T>(this Iter<T> source, int r)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfNegative(r);
        return new PermutationsIter<T>(source, r);
    }

    /// <summary>All orderings of the whole source (Python's <c>itertools.permutations(it)</c>).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The pool; the result owns it.</param>
    /// <returns>A lazy iterator of new arrays, in Python's order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <remarks>Lazy in the output; the source is materialised on the first pull. Not safe on infinite sources.
    /// An empty source gives one empty array, as in Python.</remarks>
    /// <example><code>Pull.Of('a', 'b').Permutations().Map(p =&gt; new string(p)).ToList(); // [ab, ba]</code></example>
    public static Iter<T[]> Permutations<T>(this Iter<T> source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new PermutationsIter<T>(source, -1);
    }
}

// Python's algorithm: indices is a permutation of 0..n-1 whose first r entries are the output; cycles counts down
// the remaining swaps per position. r == -1 means r = n (known only after materialising).
internal sealed class PermutationsIter<T>(Iter<T> source, int r) : IndexPoolIter<T>(source)
{
    private int _r = r;
    private int _n;
    private int[] _cycles = [];

    protected override int Width => _r;

    protected override bool Start(int n)
    {
        _n = n;
        if (_r < 0) _r = n;
        if (_r > n) return false;
        Indices = new int[n];
        for (int i = 0; i < n; i++) Indices[i] = i;
        _cycles = new int[_r];
        for (int i = 0; i < _r; i++) _cycles[i] = n - i;
        return true;
    }

    protected override bool Step()
    {
        int n = _n;
        int[] indices = Indices;
        for (int i = _r - 1; i >= 0; i--)
        {
            _cycles[i]--;
            if (_cycles[i] == 0)
            {
                // Rotate indices[i..] left by one.
                int first = indices[i];
                Array.Copy(indices, i + 1, indices, i, n - i - 1);
                indices[n - 1] = first;
                _cycles[i] = n - i;
            }
            else
            {
                int j = _cycles[i];
                (indices[i], indices[n - j]) = (indices[n - j], indices[i]);
                return true;
            }
        }
        return false;
    }
}
