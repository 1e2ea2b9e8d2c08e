using System.Reactive.Linq;
using BenchmarkDotNet.Attributes;
using Streams.Benchmarks.Families;

namespace Streams.Benchmarks.Pipelines;

/// <summary>sum: Σ xs[i].</summary>
public partial class SumBenchmark : LinearPipelineBenchmark
{
    public override string Pipeline => "sum";

    [Benchmark(Baseline = true)]
    public long HandLoop()
    {
        var xs = Xs;
        long total = 0;
        for (int i = 0; i < xs.Length; i++) total += xs[i];
        return total;
    }

    private static Iter<long> PullPipeline(Iter<long> xs) => xs;

    [Benchmark, DisableFusion] public long StreamsTerminal() => Pull.From(Xs).Sum();

    [Benchmark] public long StreamsForeach() => Loops.SumForeach(PullPipeline(Pull.From(Xs)));

    [Benchmark] public long Linq() => Xs.Sum();

    [Benchmark] public long Yield() => Loops.SumForeach(Xs.YFrom());

    private static IObservable<long> RxPipeline(IObservable<long> xs) => xs;

    [Benchmark] public long RxSync() => RxRun.Sum(RxPipeline(RxSources.Sync(Xs)));

    [Benchmark] public long RxDefault() => RxRun.Sum(RxPipeline(RxSources.Default(Xs)));

    private static IAsyncEnumerable<long> AsyncPipeline(IAsyncEnumerable<long> xs) => xs;

    [Benchmark] public long AsyncLinq() => AsyncRun.Sum(AsyncPipeline(AsyncSources.From(Xs)));

    // Interop: pull -> push, pull -> async, push -> pull.
    [Benchmark] public long StreamsToRx() => RxRun.Sum(RxPipeline(Pull.From(Xs).ToObservable()));
    [Benchmark] public long StreamsToAsync() => AsyncRun.SumAwaitForeach(PullPipeline(Pull.From(Xs)).ToAsyncEnumerable());
    [Benchmark] public long RxToIter() => PullPipeline(RxSources.Default(Xs).ToIter(1024, OverflowPolicy.Block)).Sum();
}
