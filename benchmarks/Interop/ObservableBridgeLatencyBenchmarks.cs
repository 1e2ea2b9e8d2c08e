using System.Reactive.Linq;
using System.Threading.Channels;
using BenchmarkDotNet.Attributes;

namespace Streams.Benchmarks.Interop;

/// <summary>
/// Latency of one hand-off through the IObservable-to-pull bridge against a bounded System.Threading.Channels channel:
/// a producer thread pushes one element and waits until the puller acknowledges it before pushing the next, so every
/// element crosses an empty buffer to a puller that is waiting for it. Time per round trip = mean time / <see cref="N"/>;
/// the acknowledgement half (a SemaphoreSlim) is the same code for both.
/// </summary>
[MemoryDiagnoser]
public class ObservableBridgeLatencyBenchmarks
{
    public const int N = 10_000;

    private static IObservable<int> PingPong(SemaphoreSlim ack) => Observable.Create<int>(o =>
    {
        var thread = new Thread(() =>
        {
            for (int i = 0; i < N; i++)
            {
                o.OnNext(i);
                ack.Wait();
            }
            o.OnCompleted();
        }) { IsBackground = true };
        thread.Start();
        return () => { };
    });

    [Benchmark(Baseline = true)]
    public long Bridge_Block_16()
    {
        using var ack = new SemaphoreSlim(0);
        using var it = PingPong(ack).ToIter(16, OverflowPolicy.Block);
        long sum = 0;
        while (it.TryNext(out var x))
        {
            sum += x;
            ack.Release();
        }
        return sum;
    }

    [Benchmark]
    public long BoundedChannel_16()
    {
        using var ack = new SemaphoreSlim(0);
        var channel = Channel.CreateBounded<int>(new BoundedChannelOptions(16) { SingleReader = true, SingleWriter = true });
        var writer = channel.Writer;
        using var subscription = PingPong(ack).Subscribe(
            x =>
            {
                while (!writer.TryWrite(x))
                {
                    if (!writer.WaitToWriteAsync().AsTask().GetAwaiter().GetResult()) return;
                }
            },
            e => writer.TryComplete(e),
            () => writer.TryComplete());
        var reader = channel.Reader;
        long sum = 0;
        while (true)
        {
            while (reader.TryRead(out var x))
            {
                sum += x;
                ack.Release();
            }
            var wait = reader.WaitToReadAsync();
            if (!(wait.IsCompletedSuccessfully ? wait.Result : wait.AsTask().GetAwaiter().GetResult())) break;
        }
        return sum;
    }
}
