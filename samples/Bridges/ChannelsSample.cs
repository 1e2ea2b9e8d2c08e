using System.Threading.Channels;

namespace Streams.Samples.Bridges;

/// <summary>System.Threading.Channels and pull iterators, both ways (package Streams.Async).</summary>
public static class ChannelsSample
{
    public static async Task RunAsync()
    {
        Console.WriteLine("== channels: pull -> bounded channel -> pull");
        // A producer with backpressure: it pulls on the thread pool and waits while the two slots are full.
        var channel = Channel.CreateBounded<int>(2);
        var producer = Pull.From(new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 }).Map(x => x * x).WriteToAsync(channel.Writer);
        Console.WriteLine($"sum of squares 1..10 through a channel of 2: {channel.Reader.ToIter().Sum()}");
        await producer; // the iterator's end completed the channel, which ended the pull

        Console.WriteLine("== channels: the consumer stops early");
        long pulled = 0;
        var endless = Channel.CreateBounded<long>(4);
        var counting = Pull.Positives().Inspect(_ => Interlocked.Increment(ref pulled));
        var endlessProducer = counting.WriteToAsync(endless.Writer);
        using (var it = endless.ToIter()) // owns the channel: disposing it completes the channel
        {
            Console.WriteLine($"first five: {string.Join(", ", it.Take(5).ToList())}");
        }
        await endlessProducer; // the completed channel stopped the producer, which disposed Positives()
        Console.WriteLine($"producer stopped; it pulled {(Interlocked.Read(ref pulled) <= 5 + 4 + 1 ? "at most capacity + 1" : "too many")} ahead of the consumer");

        Console.WriteLine("== channels: a fault travels to the consumer after the elements before it");
        var faulty = Channel.CreateUnbounded<int>();
        var failing = Pull.From(new[] { 1, 2, 3, 4 }).Map(x => x < 3 ? x : throw new InvalidDataException($"bad record {x}"));
        var failingProducer = failing.WriteToAsync(faulty.Writer);
        var received = new List<int>();
        try
        {
            foreach (var x in faulty.Reader.ToIter()) received.Add(x);
        }
        catch (InvalidDataException e)
        {
            Console.WriteLine($"received {string.Join(", ", received)}, then: {e.Message}");
        }
        try
        {
            await failingProducer;
        }
        catch (InvalidDataException)
        {
            Console.WriteLine("the producer task failed with the same exception");
        }
    }
}
