using System.Numerics;

namespace Streams;

public static partial class Pull
{
    /// <summary>The positive integers 1, 2, 3, ... without end, as <see cref="long"/>.</summary>
    /// <returns>An infinite lazy iterator.</returns>
    /// <remarks>Lazy; infinite: bound it with <c>Take</c>, <c>TakeWhile</c> or a short-circuiting terminal.
    /// Wraps around after <see cref="long.MaxValue"/> (unchecked arithmetic). <see cref="Positives{T}"/> counts in
    /// another type.</remarks>
    /// <example><code>Pull.Positives().Take(3).ToList(); // [1, 2, 3]</code></example>
    public static Iter<long> Positives() => new CountSource<long>(1, 1);

    /// <summary>The positive numbers 1, 2, 3, ... of type <typeparamref name="T"/>, without end.</summary>
    /// <typeparam name="T">A numeric type (<see cref="int"/>, <see cref="Int128"/>, <see cref="BigInteger"/>, <see cref="double"/>, ...).</typeparam>
    /// <returns>An infinite lazy iterator.</returns>
    /// <remarks>Lazy; infinite. Unchecked arithmetic: fixed-width integers wrap around after their maximum.</remarks>
    /// <example><code>int total = Pull.Positives&lt;int&gt;().Take(3).Sum(); // 6, no casts</code></example>
    public static Iter<T> Positives<T>() where T : INumber<T> => new CountSource<T>(T.One, T.One);

    /// <summary>Counts <paramref name="start"/>, <paramref name="start"/> + 1, ... without end (Python's <c>itertools.count(start)</c>).</summary>
    /// <typeparam name="T">A numeric type, inferred from <paramref name="start"/>.</typeparam>
    /// <param name="start">The first value.</param>
    /// <returns>An infinite lazy iterator.</returns>
    /// <remarks>Lazy; infinite. Unchecked arithmetic: fixed-width integers wrap around on overflow.</remarks>
    /// <example><code>Pull.CountFrom(10).Take(3).ToList(); // [10, 11, 12] (ints)</code></example>
    public static Iter<T> CountFrom<T>(T start) where T : INumber<T> => new CountSource<T>(start, T.One);

    /// <summary>Counts <paramref name="start"/>, <paramref name="start"/> + <paramref name="step"/>, ... without end (Python's <c>itertools.count(start, step)</c>).</summary>
    /// <typeparam name="T">A numeric type, inferred from the arguments.</typeparam>
    /// <param name="start">The first value.</param>
    /// <param name="step">The step (may be zero or negative).</param>
    /// <returns>An infinite lazy iterator.</returns>
    /// <remarks>Lazy; infinite. Unchecked arithmetic: fixed-width integers wrap around on overflow. Floating-point
    /// values are produced by repeated addition, as Python's <c>count</c> does.</remarks>
    /// <example><code>Pull.CountFrom(10L, 5L).Take(3).ToList(); // [10, 15, 20]</code></example>
    public static Iter<T> CountFrom<T>(T start, T step) where T : INumber<T> => new CountSource<T>(start, step);
}

internal sealed class CountSource<T>(T start, T step) : Iter<T>, IStageName where T : INumber<T>
{
    private readonly T _start = start;
    private T _next = start;

    public string StageName => _start == T.One && step == T.One ? "Positives()" : $"CountFrom({_start}, {step})";

    protected override bool TryAdvance(out T item)
    {
        item = _next;
        _next = unchecked(item + step);
        return true;
    }

    // _next is stored before each element reaches the sink and read again after, so a sink or lambda that pulls this
    // counter itself sees and moves the right position (one load and one store per element).
    protected override bool TryFoldCore<TSink>(ref TSink sink)
    {
        T d = step;
        TSink s = sink;
        while (true)
        {
            T x = _next;
            _next = unchecked(x + d);
            if (!s.Accept(x))
            {
                sink = s;
                return false; // infinite: only the sink ever stops it
            }
        }
    }
}
