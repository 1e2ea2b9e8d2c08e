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

        Console.WriteLine("== async: cancellation reaches a blocked pull even if the source ignores its token");
        using var cts = new CancellationTokenSource();
        using var stubborn = Stubborn().ToIter(cts.Token);
        Console.WriteLine($"first element: {stubborn.Next()}");
        cts.CancelAfter(TimeSpan.FromMilliseconds(50));
        try
        {
            stubborn.Next(); // the source waits forever and never looks at the token
        }
        catch (OperationCanceledException)
        {
            Console.WriteLine("second pull: OperationCanceledException, and the pull returned");
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

    private static async IAsyncEnumerable<int> Stubborn()
    {
        yield return 1;
        await new TaskCompletionSource().Task; // never completes, and takes no token
        yield return 2;
    }
}
