using System.Reactive.Linq;
using BenchmarkDotNet.Attributes;
using Streams.Benchmarks.Families;

namespace Streams.Benchmarks.Pipelines;

/// <summary>maps: xs.map(x⇒x·1).map(x⇒x·2)…map(x⇒x·7), then sum.</summary>
public partial class MapsBenchmark : LinearPipelineBenchmark
{
    public override string Pipeline => "maps";

    [Benchmark(Baseline = true)]
    public long HandLoop()
    {
        var xs = Xs;
        long total = 0;
        for (int i = 0; i < xs.Length; i++) total += xs[i] * 1 * 2 * 3 * 4 * 5 * 6 * 7;
        return total;
    }

    // The library's chain: StreamsTerminal, StreamsForeach and the interop columns measure it, not a generated iterator.
    [DisableFusion]
    private static Iter<long> PullPipeline(Iter<long> xs) =>
        xs.Map(x => x * 1).Map(x => x * 2).Map(x => x * 3).Map(x => x * 4).Map(x => x * 5).Map(x => x * 6).Map(x => x * 7);

    [Benchmark, DisableFusion]
    public long StreamsTerminal() =>
        Pull.From(Xs).Map(x => x * 1).Map(x => x * 2).Map(x => x * 3).Map(x => x * 4).Map(x => x * 5).Map(x => x * 6).Map(x => x * 7).Sum();

    [Benchmark] public long StreamsForeach() => Loops.SumForeach(PullPipeline(Pull.From(Xs)));

    [Benchmark]
    public long Linq() =>
        Xs.Select(x => x * 1).Select(x => x * 2).Select(x => x * 3).Select(x => x * 4).Select(x => x * 5).Select(x => x * 6).Select(x => x * 7).Sum();

    [Benchmark]
    public long Yield() =>
        Loops.SumForeach(Xs.YFrom().YMap(x => x * 1).YMap(x => x * 2).YMap(x => x * 3).YMap(x => x * 4).YMap(x => x * 5).YMap(x => x * 6).YMap(x => x * 7));

    private static IObservable<long> RxPipeline(IObservable<long> xs) =>
        xs.Select(x => x * 1).Select(x => x * 2).Select(x => x * 3).Select(x => x * 4).Select(x => x * 5).Select(x => x * 6).Select(x => x * 7);

    [Benchmark] public long RxSync() => RxRun.Sum(RxPipeline(RxSources.Sync(Xs)));

    [Benchmark] public long RxDefault() => RxRun.Sum(RxPipeline(RxSources.Default(Xs)));

    private static IAsyncEnumerable<long> AsyncPipeline(IAsyncEnumerable<long> xs) =>
        xs.Select(x => x * 1).Select(x => x * 2).Select(x => x * 3).Select(x => x * 4).Select(x => x * 5).Select(x => x * 6).Select(x => x * 7);

    [Benchmark] public long AsyncLinq() => AsyncRun.Sum(AsyncPipeline(AsyncSources.From(Xs)));

    // Interop: pull -> push, pull -> async, push -> pull.
    [Benchmark] public long StreamsToRx() => RxRun.Sum(RxPipeline(Pull.From(Xs).ToObservable()));
    [Benchmark] public long StreamsToAsync() => AsyncRun.SumAwaitForeach(PullPipeline(Pull.From(Xs)).ToAsyncEnumerable());
    [Benchmark] public long RxToIter() => PullPipeline(RxSources.Default(Xs).ToIter(1024, OverflowPolicy.Block)).Sum();
}
