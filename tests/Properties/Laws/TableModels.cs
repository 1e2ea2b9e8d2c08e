namespace Streams.Tests.Laws;

/// <summary>
/// Independent list models (plain loops and LINQ, no Streams code) and int projections for the table entries whose
/// operators change the element type, plus small test-side iterators that drive the richer APIs (peeking, strict zip
/// mismatches) through an Iter&lt;int&gt;.
/// </summary>
public static class TableModels
{
    /// <summary>What a strict zip's length mismatch becomes in the projected output (see <see
    /// cref="MismatchAsValue"/>).</summary>
    public const int Mismatch = 777_777_777;

    /// <summary>Projects an array to one int, order- and length-sensitive.</summary>
    public static int Hash(IReadOnlyList<int> xs)
    {
        int h = xs.Count + 7;
        foreach (var x in xs) h = unchecked(h * 31 + x);
        return h;
    }

    /// <summary>Combines a pair, order-sensitive.</summary>
    public static int Pair(int x, int y) => unchecked(x * 64 + y);

    public static IEnumerable<int> Scan(IEnumerable<int> xs, int seed, Func<int, int, int> f)
    {
        int acc = seed;
        foreach (var x in xs) yield return acc = f(acc, x);
    }

    public static IEnumerable<int> Accumulate(IEnumerable<int> xs, Func<int, int, int> f)
    {
        bool started = false;
        int total = 0;
        foreach (var x in xs)
        {
            total = started ? f(total, x) : x;
            started = true;
            yield return total;
        }
    }

    public static IEnumerable<int> Distinct(IEnumerable<int> xs)
    {
        var seen = new HashSet<int>();
        foreach (var x in xs)
            if (seen.Add(x)) yield return x;
    }

    /// <summary>Runs of adjacent elements with equal keys: (key, elements).</summary>
    public static List<(int Key, List<int> Items)> Runs(IEnumerable<int> xs, Func<int, int> key)
    {
        var runs = new List<(int Key, List<int> Items)>();
        foreach (var x in xs)
        {
            int k = key(x);
            if (runs.Count > 0 && runs[^1].Key == k) runs[^1].Items.Add(x);
            else runs.Add((k, [x]));
        }
        return runs;
    }

    public static IEnumerable<int[]> Windows(List<int> xs, int size) =>
        Enumerable.Range(0, Math.Max(0, xs.Count - size + 1)).Select(i => xs.GetRange(i, size).ToArray());

    // Index tuples in lexicographic order, positions chosen by `next` from the previous position (or -1 at the start).
    private static IEnumerable<int[]> Tuples(int n, int r, Func<int[], int, int, bool> allowed)
    {
        var current = new int[r];
        IEnumerable<int[]> Go(int depth)
        {
            if (depth == r)
            {
                yield return (int[])current.Clone();
                yield break;
            }
            for (int i = 0; i < n; i++)
            {
                if (!allowed(current, depth, i)) continue;
                current[depth] = i;
                foreach (var t in Go(depth + 1)) yield return t;
            }
        }
        return Go(0);
    }

    private static IEnumerable<int[]> Pick(List<int> pool, IEnumerable<int[]> indexTuples) =>
        indexTuples.Select(t => t.Select(i => pool[i]).ToArray());

    /// <summary>itertools.permutations: distinct positions, lexicographic in positions.</summary>
    public static IEnumerable<int[]> Permutations(List<int> pool, int r) =>
        r > pool.Count ? [] : Pick(pool, Tuples(pool.Count, r, (cur, d, i) => !cur.Take(d).Contains(i)));

    /// <summary>itertools.combinations: strictly increasing positions.</summary>
    public static IEnumerable<int[]> Combinations(List<int> pool, int r) =>
        r > pool.Count ? [] : Pick(pool, Tuples(pool.Count, r, (cur, d, i) => d == 0 || i > cur[d - 1]));

    /// <summary>itertools.combinations_with_replacement: non-decreasing positions.</summary>
    public static IEnumerable<int[]> CombinationsWithReplacement(List<int> pool, int r) =>
        Pick(pool, Tuples(pool.Count, r, (cur, d, i) => d == 0 || i >= cur[d - 1]));

    /// <summary>itertools.product(pool, repeat=r): every position tuple.</summary>
    public static IEnumerable<int[]> ProductRepeat(List<int> pool, int r) =>
        Pick(pool, Tuples(pool.Count, r, (_, _, _) => true));

    /// <summary>Python's zip_longest with fill values.</summary>
    public static IEnumerable<(int, int)> ZipLongest(IReadOnlyList<int> a, IReadOnlyList<int> b, int fillA,
        int fillB) =>
        Enumerable.Range(0, Math.Max(a.Count, b.Count)).Select(i => (i < a.Count ? a[i] : fillA, i < b.Count
            ? b[i] : fillB));
}

/// <summary>Turns a strict zip's length-mismatch exception (or strict Batch's short last batch) into one last element,
/// <see cref="TableModels.Mismatch"/>, so the laws (which only expect <c>ProbeException</c>) can check that it is
/// thrown exactly when the lengths differ. Only that exception: any other exception, an
/// <see cref="InvalidOperationException"/> with another message or of a derived type included, passes out unchanged
/// and fails the law.</summary>
public sealed class MismatchAsValue(Iter<int> inner) : Iter<int>(releaseAtEnd: false)
{
    /// <summary>How many mismatch exceptions this thread's wrappers turned into values: each one passed out through
    /// (and so released) the stages below the wrapper, which the ownership law must allow.</summary>
    [ThreadStatic]
    public static int Caught;

    protected override bool TryAdvance(out int item)
    {
        try
        {
            return inner.TryNext(out item);
        }
        catch (InvalidOperationException e) when (IsMismatch(e))
        {
            Caught++;
            item = TableModels.Mismatch;
            return true;
        }
    }

    protected override void Release() => inner.Dispose();

    /// <summary>Whether <paramref name="e"/> is the mismatch a strict operator throws: exactly an
    /// <see cref="InvalidOperationException"/> whose message names ZipStrict or strict Batch.</summary>
    /// <param name="e">The exception that passed out of the wrapped pipeline.</param>
    /// <returns><see langword="true"/> only for the strict operators' length mismatch.</returns>
    public static bool IsMismatch(InvalidOperationException e) =>
        e.GetType() == typeof(InvalidOperationException)
        && (e.Message.StartsWith("ZipStrict: the ", StringComparison.Ordinal)
            || e.Message.StartsWith("Batch(strict: true): the last batch has ", StringComparison.Ordinal));
}

/// <summary>Thrown when a peek disagrees with the pull after it: not a ProbeException, so no law swallows it.</summary>
public sealed class PeekMismatchException(string message) : Exception(message);

/// <summary>Before every pull, peeks (twice) and checks the pull gives the peeked element; at the end, checks that the
/// peek said end and finished the peekable.</summary>
public sealed class PeekThenPull(PeekableIter<int> inner) : Iter<int>(releaseAtEnd: false)
{
    protected override bool TryAdvance(out int item)
    {
        if (!inner.TryPeek(out var peeked))
        {
            if (!inner.IsFinished) throw new PeekMismatchException("TryPeek said end but the peekable is not finished");
            if (inner.TryNext(out var extra))
                throw new PeekMismatchException($"TryPeek said end, then TryNext gave {extra}");
            item = 0;
            return false;
        }
        if (inner.Peek() != peeked) throw new PeekMismatchException("two peeks disagree");
        if (!inner.TryNext(out item)) throw new PeekMismatchException($"peeked {peeked}, then TryNext said end");
        if (item != peeked) throw new PeekMismatchException($"peeked {peeked}, then TryNext gave {item}");
        return true;
    }

    protected override void Release() => inner.Dispose();
}

/// <summary>Uses NextIf: an element passing <c>p</c> comes out as 2x, one failing it stays next and is then pulled as
/// 2x+1.</summary>
public sealed class NextIfSplit(PeekableIter<int> inner, Func<int, bool> p) : Iter<int>(releaseAtEnd: false)
{
    protected override bool TryAdvance(out int item)
    {
        if (inner.NextIf(p, out var x))
        {
            item = unchecked(x * 2);
            return true;
        }
        if (!inner.TryNext(out x))
        {
            item = 0;
            return false;
        }
        if (p(x)) throw new PeekMismatchException($"NextIf refused {x}, which passes the predicate");
        item = unchecked(x * 2 + 1);
        return true;
    }

    protected override void Release() => inner.Dispose();
}

/// <summary>Equality of residues modulo m (for Distinct with a comparer).</summary>
public sealed class ModComparer(int m) : IEqualityComparer<int>
{
    public bool Equals(int x, int y) => OpArgs.Mod(x, m) == OpArgs.Mod(y, m);

    public int GetHashCode(int x) => OpArgs.Mod(x, m);
}
