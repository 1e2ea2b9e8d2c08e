using System.Reactive.Linq;
using BenchmarkDotNet.Attributes;
using Streams.Benchmarks.Families;

namespace Streams.Benchmarks.Pipelines;

/// <summary>sumOfSquares: Σ xs[i]·xs[i].</summary>
public partial class SumOfSquaresBenchmark : LinearPipelineBenchmark
{
    public override string Pipeline => "sumOfSquares";

    [Benchmark(Baseline = true)]
    public long HandLoop()
    {
        var xs = Xs;
        long total = 0;
        for (int i = 0; i < xs.Length; i++) total += xs[i] * xs[i];
        return total;
    }

    // The library's chain: StreamsTerminal, StreamsForeach and the interop columns measure it, not a generated iterator.
    [DisableFusion]
    private static Iter<long> PullPipeline(Iter<long> xs) => xs.Map(x => x * x);

    [Benchmark, DisableFusion] public long StreamsTerminal() => Pull.From(Xs).Map(x => x * x).Sum();

    [Benchmark] public long StreamsForeach() => Loops.SumForeach(PullPipeline(Pull.From(Xs)));

    [Benchmark] public long Linq() => Xs.Select(x => x * x).Sum();

    [Benchmark] public long Yield() => Loops.SumForeach(Xs.YFrom().YMap(x => x * x));

    private static IObservable<long> RxPipeline(IObservable<long> xs) => xs.Select(x => x * x);

    [Benchmark] public long RxSync() => RxRun.Sum(RxPipeline(RxSources.Sync(Xs)));

    [Benchmark] public long RxDefault() => RxRun.Sum(RxPipeline(RxSources.Default(Xs)));

    private static IAsyncEnumerable<long> AsyncPipeline(IAsyncEnumerable<long> xs) => xs.Select(x => x * x);

    [Benchmark] public long AsyncLinq() => AsyncRun.Sum(AsyncPipeline(AsyncSources.From(Xs)));

    // Interop: pull -> push, pull -> async, push -> pull.
    [Benchmark] public long StreamsToRx() => RxRun.Sum(RxPipeline(Pull.From(Xs).ToObservable()));
    [Benchmark] public long StreamsToAsync() => AsyncRun.SumAwaitForeach(PullPipeline(Pull.From(Xs)).ToAsyncEnumerable());
    [Benchmark] public long RxToIter() => PullPipeline(RxSources.Default(Xs).ToIter(1024, OverflowPolicy.Block)).Sum();
}
