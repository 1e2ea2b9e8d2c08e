namespace Streams;

public static partial class Pull
{
    /// <summary>The positive integers 1, 2, 3, ... without end.</summary>
    /// <returns>An infinite lazy iterator.</returns>
    /// <remarks>Lazy; infinite: bound it with <c>Take</c>, <c>TakeWhile</c> or a short-circuiting terminal.
    /// Wraps around after <see cref="long.MaxValue"/> (unchecked arithmetic).</remarks>
    /// <example><code>Pull.Positives().Take(3).ToList(); // [1, 2, 3]</code></example>
    public static Iter<long> Positives() => new CountSource(1, 1);

    /// <summary>Counts <paramref name="start"/>, <paramref name="start"/> + <paramref name="step"/>, ... without end (Python's <c>itertools.count</c>).</summary>
    /// <param name="start">The first value.</param>
    /// <param name="step">The step (may be zero or negative).</param>
    /// <returns>An infinite lazy iterator.</returns>
    /// <remarks>Lazy; infinite. Unchecked arithmetic: wraps around on overflow.</remarks>
    /// <example><code>Pull.Count(10, 5).Take(3).ToList(); // [10, 15, 20]</code></example>
    public static Iter<long> Count(long start = 0, long step = 1) => new CountSource(start, step);
}

internal sealed class CountSource(long start, long step) : Iter<long>, IStageName
{
    private readonly long _start = start;
    private long _next = start;

    public string StageName => _start == 1 && step == 1 ? "Positives()" : $"Count({_start}, {step})";

    protected override bool TryAdvance(out long item)
    {
        item = _next;
        _next = unchecked(item + step);
        return true;
    }

    protected override bool TryFoldCore<TSink>(ref TSink sink)
    {
        _next = FoldFrom(_next, step, ref sink);
        return false; // infinite: only the sink ever stops it
    }

    // Static, so that only the counter, the step, the sink's fields and its address are live in the loop: they fit in
    // registers even though the cold delegate-call paths make calls. Returns the next value to produce.
    private static long FoldFrom<TSink>(long next, long step, ref TSink sink) where TSink : struct, ISink<long>
    {
        TSink s = sink;
        while (true)
        {
            long x = next;
            next = unchecked(next + step);
            if (!s.Accept(x))
            {
                sink = s;
                return next;
            }
        }
    }
}
