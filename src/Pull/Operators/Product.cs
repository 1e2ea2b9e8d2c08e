namespace Streams;

public static partial class Pull
{
    /// <summary>The Cartesian product of two iterators: every pair, first element varying slowest
    /// (Python's <c>itertools.product(a, b)</c>).</summary>
    /// <typeparam name="TFirst">The first element type.</typeparam>
    /// <typeparam name="TSecond">The second element type.</typeparam>
    /// <param name="first">The first input; the result owns it.</param>
    /// <param name="second">The second input; the result owns it.</param>
    /// <returns>A lazy iterator of pairs, in Python's order (like nested loops, <paramref name="second"/> innermost).</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <remarks>Lazy in the output: on the first pull both inputs are read to their end (first, then second) and released,
    /// as Python does when <c>product</c> is called; building reads nothing. Not safe on infinite inputs.
    /// An empty input gives an empty product.</remarks>
    /// <example><code>Pull.Of(1, 2).Product(Pull.Chars("ab")).ToList(); // [(1, a), (1, b), (2, a), (2, b)]</code></example>
    public static Iter<(TFirst First, TSecond Second)> Product<TFirst, TSecond>(this Iter<TFirst> first, Iter<TSecond> second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        return new ProductIter<TFirst, TSecond>(first, second);
    }

    /// <summary>The Cartesian product of the source with itself, <paramref name="repeat"/> times
    /// (Python's <c>itertools.product(it, repeat=n)</c>).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The pool; the result owns it.</param>
    /// <param name="repeat">The length of each output.</param>
    /// <returns>A lazy iterator of new arrays, in Python's order (an odometer, rightmost position varying fastest).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="repeat"/> is negative.</exception>
    /// <remarks>Lazy in the output: the source is read to its end (and released) on the first pull, not when building.
    /// Not safe on infinite sources. <paramref name="repeat"/> zero gives one empty array (also for an empty pool).</remarks>
    /// <example><code>Pull.Of(0, 1).Product(2).Map(p =&gt; string.Concat(p)).JoinToString(" "); // "00 01 10 11"</code></example>
    public static Iter<T[]> Product<T>(this Iter<T> source, int repeat)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfNegative(repeat);
        return new ProductRepeatIter<T>(source, repeat);
    }
}

// Invariant: after the first pull both inputs are materialised (and released); (_i, _j) is the next pair.
internal sealed class ProductIter<TFirst, TSecond>(Iter<TFirst> first, Iter<TSecond> second) : Stage<(TFirst First, TSecond Second)>(Math.Max(first.StackDepth, second.StackDepth))
{
    private TFirst[]? _first;
    private TSecond[] _second = [];
    private int _i;
    private int _j;

    protected override bool TryAdvance(out (TFirst First, TSecond Second) item)
    {
        if (_first is null)
        {
            var a = first.ToArray();
            _second = second.ToArray();
            _first = a;
        }
        if (_second.Length == 0 || _i >= _first.Length)
        {
            item = default;
            return false;
        }
        item = (_first[_i], _second[_j]);
        if (++_j == _second.Length)
        {
            _j = 0;
            _i++;
        }
        return true;
    }

    protected override void Release()
    {
        _first = [];
        _second = [];
        DisposeHelper.DisposeAll(first, second);
    }
}

// An odometer over Indices[0..repeat), each digit in [0, n).
internal sealed class ProductRepeatIter<T>(Iter<T> source, int repeat) : IndexPoolIter<T>(source)
{
    private int _n;

    protected override int Width => repeat;

    protected override bool Start(int n)
    {
        _n = n;
        if (n == 0 && repeat > 0) return false;
        Indices = new int[repeat];
        return true;
    }

    protected override bool Step()
    {
        int[] indices = Indices;
        for (int i = repeat - 1; i >= 0; i--)
        {
            if (++indices[i] < _n) return true;
            indices[i] = 0;
        }
        return false;
    }
}
