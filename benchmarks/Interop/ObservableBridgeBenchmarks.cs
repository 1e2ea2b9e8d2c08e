using System.Reactive.Concurrency;
using System.Reactive.Linq;
using BenchmarkDotNet.Attributes;

namespace Streams.Benchmarks.Interop;

/// <summary>
/// Throughput of the IObservable-to-pull bridge (bounded buffer, Block policy) against Rx's own unbounded
/// <c>ToEnumerable()</c>, on the same producer, consuming and summing <see cref="N"/> elements.
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
    public long Bridge_Block_1024() => Sum(_source.ToIter(1024, OverflowPolicy.Block));

    private static long Sum(Iter<int> it)
    {
        long sum = 0;
        while (it.TryNext(out var x)) sum += x;
        return sum;
    }
}
