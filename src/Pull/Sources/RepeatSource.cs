namespace Streams;

public static partial class Pull
{
    /// <summary>Yields <paramref name="value"/> forever (Python's <c>itertools.repeat(x)</c>).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="value">The element to repeat.</param>
    /// <returns>An infinite lazy iterator.</returns>
    /// <remarks>Lazy; infinite: bound it with <c>Take</c>, <c>TakeWhile</c>, <c>Slice</c> or a short-circuiting terminal.</remarks>
    /// <example><code>Pull.Repeat('a').Take(3).JoinToString(""); // "aaa"</code></example>
    public static Iter<T> Repeat<T>(T value) => new RepeatSource<T>(value, -1);

    /// <summary>Yields <paramref name="value"/> <paramref name="count"/> times (Python's <c>itertools.repeat(x, n)</c>).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="value">The element to repeat.</param>
    /// <param name="count">How many times; zero or a negative count gives an empty iterator (as in Python).</param>
    /// <returns>A lazy iterator of <paramref name="count"/> elements.</returns>
    /// <remarks>Lazy; finite. Terminal operations over it run as a plain counted loop.</remarks>
    /// <example><code>Pull.Repeat(7, 3).ToList(); // [7, 7, 7]</code></example>
    public static Iter<T> Repeat<T>(T value, long count) => new RepeatSource<T>(value, Math.Max(count, 0));
}

// Invariant: _remaining elements are left; a negative value means without end.
internal sealed class RepeatSource<T>(T value, long count) : Iter<T>
{
    private long _remaining = count;

    protected override bool TryAdvance(out T item)
    {
        item = value;
        if (_remaining < 0) return true;
        if (_remaining == 0) return false;
        _remaining--;
        return true;
    }

    // _remaining is stored before each element reaches the sink and read again after, so a sink or lambda that pulls
    // this source itself sees the right count (one load and one store per element when finite, none when infinite).
    protected override bool TryFoldCore<TSink>(ref TSink sink)
    {
        T v = value;
        TSink s = sink;
        if (_remaining < 0)
        {
            while (s.Accept(v))
            {
            }
            sink = s;
            return false;
        }
        while (_remaining > 0)
        {
            _remaining--;
            if (!s.Accept(v))
            {
                sink = s;
                return false;
            }
        }
        sink = s;
        return true;
    }

    public override bool TryGetRemainingCount(out long count)
    {
        count = _remaining;
        return _remaining >= 0;
    }

    protected override void Release() => _remaining = 0;
}
