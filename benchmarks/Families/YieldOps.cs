namespace Streams.Benchmarks.Families;

/// <summary>
/// The pipelines written with plain C# <c>yield</c> iterator methods (one compiler-generated enumerator per stage),
/// the way people write them without a library. Prefixed Y so they never collide with System.Linq.
/// </summary>
public static class YieldOps
{
    public static IEnumerable<long> YFrom(this long[] source)
    {
        foreach (var x in source) yield return x;
    }

    public static IEnumerable<long> YPositives()
    {
        for (long i = 1; ; i++) yield return i;
    }

    public static IEnumerable<long> YMap(this IEnumerable<long> source, Func<long, long> f)
    {
        foreach (var x in source) yield return f(x);
    }

    public static IEnumerable<long> YFilter(this IEnumerable<long> source, Func<long, bool> p)
    {
        foreach (var x in source)
        {
            if (p(x)) yield return x;
        }
    }

    public static IEnumerable<long> YFlatMap(this IEnumerable<long> source, Func<long, IEnumerable<long>> f)
    {
        foreach (var x in source)
        {
            foreach (var y in f(x)) yield return y;
        }
    }

    public static IEnumerable<long> YZip(this IEnumerable<long> first, IEnumerable<long> second, Func<long, long, long> f)
    {
        using var a = first.GetEnumerator();
        using var b = second.GetEnumerator();
        while (a.MoveNext() && b.MoveNext()) yield return f(a.Current, b.Current);
    }

    public static IEnumerable<long> YTake(this IEnumerable<long> source, long count)
    {
        if (count <= 0) yield break;
        foreach (var x in source)
        {
            yield return x;
            if (--count == 0) yield break;
        }
    }

    public static IEnumerable<long> YChain(params IEnumerable<long>[] parts)
    {
        foreach (var part in parts)
        {
            foreach (var x in part) yield return x;
        }
    }
}
