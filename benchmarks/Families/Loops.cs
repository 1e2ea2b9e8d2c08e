namespace Streams.Benchmarks.Families;

/// <summary>External-iteration terminals: a plain foreach that sums with wrapping arithmetic.</summary>
public static class Loops
{
    /// <summary>Streams via foreach (the struct enumerator, TryNext per element).</summary>
    public static long SumForeach(Iter<long> source)
    {
        long total = 0;
        foreach (var x in source) total = unchecked(total + x);
        return total;
    }

    /// <summary>Any IEnumerable (the C# yield iterators).</summary>
    public static long SumForeach(IEnumerable<long> source)
    {
        long total = 0;
        foreach (var x in source) total = unchecked(total + x);
        return total;
    }

    /// <summary>LINQ's own Sum is checked; this is the wrapping fold for pipelines whose sum can overflow.</summary>
    public static long WrappingSum(this IEnumerable<long> source) => source.Aggregate(0L, (a, x) => unchecked(a + x));
}
