using Streams.Samples.Bridges;
using Streams.Tests.Doubles;
using Xunit;

namespace Streams.Tests.Samples;

[Collection(nameof(ConsoleCapture))]
public class BridgesOutputTests
{
    private static string Run(params string[] args)
    {
        var entry = typeof(RxSample).Assembly.EntryPoint!;
        var original = Console.Out;
        using var captured = new StringWriter();
        Console.SetOut(captured);
        try
        {
            // The entry point of async top-level statements is a synchronous Main that waits for the async one.
            var exitCode = Guard.Within(() => entry.Invoke(null, [args]) switch
            {
                int code => code,
                Task<int> running => running.GetAwaiter().GetResult(),
                _ => -1,
            });
            Assert.Equal(0, exitCode);
        }
        finally
        {
            Console.SetOut(original);
        }
        return captured.ToString().Replace("\r\n", "\n");
    }

    [Fact]
    public void Rx_sample_shows_cold_hot_overflow_and_pull_to_push()
    {
        var output = Run("rx");
        Assert.Contains("cold Range(1, 5) squared, summed by pulling: 55\n", output);
        Assert.Contains("SubscribeAt.FirstPull: sum = 0 ", output);
        Assert.Contains("SubscribeAt.Now:       sum = 6\n", output);
        Assert.Contains("DropOldest keeps: 8, 9, 10\n", output);
        Assert.Contains("Positives().ToObservable().Take(3): 1, 2, 3\n", output);
    }

    [Fact]
    public void Async_sample_shows_both_directions_and_cancellation_after_the_release()
    {
        var output = Run("async");
        Assert.Contains("first three ticks: 0, 1, 2\n", output);
        Assert.Contains("await foreach over a pull pipeline: 1, 4, 9, 16\n", output);
        Assert.Contains("first element: 1\nsecond pull: OperationCanceledException, source cleaned up: True\n", output);
    }

    [Fact]
    public void Channels_sample_shows_backpressure_early_stop_and_faults()
    {
        var output = Run("channels");
        Assert.Contains("sum of squares 1..10 through a channel of 2: 385\n", output);
        Assert.Contains("first five: 1, 2, 3, 4, 5\n", output);
        Assert.Contains("producer stopped; it pulled at most capacity + 1 ahead of the consumer\n", output);
        Assert.Contains("received 1, 2, then: bad record 3\nthe producer task failed with the same exception\n", output);
    }
}
