namespace Streams.Benchmarks.Families;

/// <summary>BCL async LINQ (System.Linq.AsyncEnumerable, built into .NET 10) over <c>async</c> iterator methods.</summary>
public static class AsyncSources
{
    /// <summary>An async iterator over the array (never actually suspends, so it completes synchronously).</summary>
    public static async IAsyncEnumerable<long> From(long[] source)
    {
        await Task.CompletedTask.ConfigureAwait(false);
        foreach (var x in source) yield return x;
    }

    /// <summary>An infinite async iterator 1, 2, 3, ...</summary>
    public static async IAsyncEnumerable<long> Positives()
    {
        await Task.CompletedTask.ConfigureAwait(false);
        for (long i = 1; ; i++) yield return i;
    }
}

/// <summary>Async terminals, waited for synchronously (the pipelines never suspend, so no thread hop).</summary>
public static class AsyncRun
{
    /// <summary>Async LINQ's wrapping fold (SumAsync is checked).</summary>
    public static long Sum(IAsyncEnumerable<long> source) =>
        Wait(source.AggregateAsync(0L, (a, x) => unchecked(a + x)));

    /// <summary>await foreach with a wrapping sum: the consumer the interop ToAsyncEnumerable() target is stated for.</summary>
    public static long SumAwaitForeach(IAsyncEnumerable<long> source) => Wait(SumAwaitForeachAsync(source));

    private static async ValueTask<long> SumAwaitForeachAsync(IAsyncEnumerable<long> source)
    {
        long total = 0;
        await foreach (var x in source.ConfigureAwait(false)) total = unchecked(total + x);
        return total;
    }

    private static long Wait(ValueTask<long> task) =>
        task.IsCompletedSuccessfully ? task.Result : task.AsTask().GetAwaiter().GetResult();
}
