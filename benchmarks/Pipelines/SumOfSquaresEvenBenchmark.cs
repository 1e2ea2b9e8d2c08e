using System.Reactive.Linq;
using BenchmarkDotNet.Attributes;
using Streams.Benchmarks.Families;

namespace Streams.Benchmarks.Pipelines;

/// <summary>sumOfSquaresEven: Σ xs[i]·xs[i] over even xs[i] (filter, then map).</summary>
public partial class SumOfSquaresEvenBenchmark : LinearPipelineBenchmark
{
    public override string Pipeline => "sumOfSquaresEven";

    [Benchmark(Baseline = true)]
    public long HandLoop()
    {
        var xs = Xs;
        long total = 0;
        for (int i = 0; i < xs.Length; i++)
        {
            if (xs[i] % 2 == 0) total += xs[i] * xs[i];
        }
        return total;
    }

    // The library's chain: StreamsTerminal, StreamsForeach and the interop columns measure it, not a generated iterator.
    [DisableFusion]
    private static Iter<long> PullPipeline(Iter<long> xs) => xs.Filter(x => x % 2 == 0).Map(x => x * x);

    [Benchmark, DisableFusion] public long StreamsTerminal() => Pull.From(Xs).Filter(x => x % 2 == 0).Map(x => x * x).Sum();

    [Benchmark] public long StreamsForeach() => Loops.SumForeach(PullPipeline(Pull.From(Xs)));

    [Benchmark] public long Linq() => Xs.Where(x => x % 2 == 0).Select(x => x * x).Sum();

    [Benchmark] public long Yield() => Loops.SumForeach(Xs.YFrom().YFilter(x => x % 2 == 0).YMap(x => x * x));

    private static IObservable<long> RxPipeline(IObservable<long> xs) => xs.Where(x => x % 2 == 0).Select(x => x * x);

    [Benchmark] public long RxSync() => RxRun.Sum(RxPipeline(RxSources.Sync(Xs)));

    [Benchmark] public long RxDefault() => RxRun.Sum(RxPipeline(RxSources.Default(Xs)));

    private static IAsyncEnumerable<long> AsyncPipeline(IAsyncEnumerable<long> xs) => xs.Where(x => x % 2 == 0).Select(x => x * x);

    [Benchmark] public long AsyncLinq() => AsyncRun.Sum(AsyncPipeline(AsyncSources.From(Xs)));

    // Interop: pull -> push, pull -> async, push -> pull.
    [Benchmark] public long StreamsToRx() => RxRun.Sum(RxPipeline(Pull.From(Xs).ToObservable()));
    [Benchmark] public long StreamsToAsync() => AsyncRun.SumAwaitForeach(PullPipeline(Pull.From(Xs)).ToAsyncEnumerable());
    [Benchmark] public long RxToIter() => PullPipeline(RxSources.Default(Xs).ToIter(1024, OverflowPolicy.Block)).Sum();
}
