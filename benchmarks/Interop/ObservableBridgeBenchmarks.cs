using System.Reactive.Concurrency;
using System.Reactive.Linq;
using System.Threading.Channels;
using BenchmarkDotNet.Attributes;

namespace Streams.Benchmarks.Interop;

/// <summary>
/// Throughput of the IObservable-to-pull bridge (bounded, Block policy) against Rx's own unbounded
/// <c>ToEnumerable()</c>, on the same producer, consuming and summing <see cref="N"/> elements; and against the
/// design the bridge did not take: a bounded System.Threading.Channels channel with a blocking hand-off on both sides.
/// Elements per second = N / mean time.
/// </summary>
[MemoryDiagnoser]
public class ObservableBridgeBenchmarks
{
    public const int N = 100_000;

    public enum ProducerKind
    {
        /// <summary>Observable.Range on the current-thread scheduler: pushes everything synchronously inside Subscribe.</summary>
        Synchronous,

        /// <summary>Observable.Range on NewThreadScheduler: pushes from its own thread.</summary>
        NewThread,
    }

    [Params(ProducerKind.Synchronous, ProducerKind.NewThread)]
    public ProducerKind Producer { get; set; }

    private IObservable<int> _source = null!;

    [GlobalSetup]
    public void Setup() => _source = Producer == ProducerKind.Synchronous
        ? Observable.Range(0, N)
        : Observable.Range(0, N, NewThreadScheduler.Default);

    [Benchmark(Baseline = true)]
    public long RxToEnumerable()
    {
        long sum = 0;
        foreach (var x in _source.ToEnumerable()) sum += x;
        return sum;
    }

    [Benchmark]
    public long Bridge_Block_16() => Sum(_source.ToIter(16, OverflowPolicy.Block));

    [Benchmark]
    public long Bridge_Block_256() => Sum(_source.ToIter(256, OverflowPolicy.Block));

    [Benchmark]
    public long Bridge_Block_1024() => Sum(_source.ToIter(1024, OverflowPolicy.Block));

    [Benchmark]
    public long BoundedChannel_16() => BoundedChannel(16);

    [Benchmark]
    public long BoundedChannel_256() => BoundedChannel(256);

    [Benchmark]
    public long BoundedChannel_1024() => BoundedChannel(1024);

    // The alternative: subscribe on a thread of its own (a synchronous source would otherwise deadlock), write with
    // TryWrite and block on WaitToWriteAsync when full; read with TryRead and block on WaitToReadAsync when empty.
    private long BoundedChannel(int capacity)
    {
        var channel = Channel.CreateBounded<int>(new BoundedChannelOptions(capacity) { SingleReader = true, SingleWriter = true });
        var writer = channel.Writer;
        var thread = new Thread(() => _source.Subscribe(
            x =>
            {
                while (!writer.TryWrite(x))
                {
                    if (!writer.WaitToWriteAsync().AsTask().GetAwaiter().GetResult()) return;
                }
            },
            e => writer.TryComplete(e),
            () => writer.TryComplete())) { IsBackground = true };
        thread.Start();
        var reader = channel.Reader;
        long sum = 0;
        while (true)
        {
            while (reader.TryRead(out var x)) sum += x;
            var wait = reader.WaitToReadAsync();
            if (!(wait.IsCompletedSuccessfully ? wait.Result : wait.AsTask().GetAwaiter().GetResult())) break;
        }
        thread.Join();
        return sum;
    }

    private static long Sum(Iter<int> it)
    {
        long sum = 0;
        while (it.TryNext(out var x)) sum += x;
        return sum;
    }
}
