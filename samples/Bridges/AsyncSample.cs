using System.Runtime.CompilerServices;

namespace Streams.Samples.Bridges;

/// <summary>IAsyncEnumerable and pull iterators, both ways (package Streams.Async: no dependency beyond the BCL).</summary>
public static class AsyncSample
{
    public static async Task RunAsync()
    {
        Console.WriteLine("== async: IAsyncEnumerable -> pull (each pull blocks until the next element)");
        using (var ticks = Ticks().ToIter())
        {
            Console.WriteLine($"first three ticks: {string.Join(", ", ticks.Take(3).ToList())}");
        }

        Console.WriteLine("== async: pull -> IAsyncEnumerable (await foreach)");
        var squares = new List<int>();
        await foreach (var x in Pull.From(new[] { 1, 2, 3, 4 }).Map(x => x * x).ToAsyncEnumerable()) squares.Add(x);
        Console.WriteLine($"await foreach over a pull pipeline: {string.Join(", ", squares)}");

        Console.WriteLine("== async: cancellation wakes a blocked pull, which throws once the source has cleaned up");
        using var cts = new CancellationTokenSource();
        bool cleanedUp = false;
        using var waiting = WaitsForCancellation(() => cleanedUp = true).ToIter(cts.Token);
        Console.WriteLine($"first element: {waiting.Next()}");
        cts.CancelAfter(TimeSpan.FromMilliseconds(50));
        try
        {
            waiting.Next(); // blocked until the token is cancelled
        }
        catch (OperationCanceledException)
        {
            // The bridge disposed the async enumerator (its finally ran) before the exception reached this pull.
            Console.WriteLine($"second pull: OperationCanceledException, source cleaned up: {cleanedUp}");
        }
    }

    private static async IAsyncEnumerable<int> Ticks([EnumeratorCancellation] CancellationToken ct = default)
    {
        for (int i = 0; ; i++)
        {
            await Task.Delay(1, ct);
            yield return i;
        }
    }

    private static async IAsyncEnumerable<int> WaitsForCancellation(Action cleanup, [EnumeratorCancellation] CancellationToken ct = default)
    {
        try
        {
            yield return 1;
            await Task.Delay(Timeout.Infinite, ct); // ends only when the token is cancelled
            yield return 2;
        }
        finally
        {
            cleanup();
        }
    }
}
