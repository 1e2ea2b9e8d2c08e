using System.Reactive.Linq;
using BenchmarkDotNet.Attributes;
using Streams.Benchmarks.Families;

namespace Streams.Benchmarks.Pipelines;

/// <summary>filters: xs.filter(x⇒x&gt;1).filter(x⇒x&gt;2)…filter(x⇒x&gt;7), then sum.</summary>
public partial class FiltersBenchmark : LinearPipelineBenchmark
{
    public override string Pipeline => "filters";

    [Benchmark(Baseline = true)]
    public long HandLoop()
    {
        var xs = Xs;
        long total = 0;
        for (int i = 0; i < xs.Length; i++)
        {
            var x = xs[i];
            if (x > 1 && x > 2 && x > 3 && x > 4 && x > 5 && x > 6 && x > 7) total += x;
        }
        return total;
    }

    // The library's chain: StreamsTerminal, StreamsForeach and the interop columns measure it, not a generated iterator.
    [DisableFusion]
    private static Iter<long> PullPipeline(Iter<long> xs) =>
        xs.Filter(x => x > 1).Filter(x => x > 2).Filter(x => x > 3).Filter(x => x > 4).Filter(x => x > 5).Filter(x => x > 6).Filter(x => x > 7);

    [Benchmark, DisableFusion]
    public long StreamsTerminal() =>
        Pull.From(Xs).Filter(x => x > 1).Filter(x => x > 2).Filter(x => x > 3).Filter(x => x > 4).Filter(x => x > 5).Filter(x => x > 6).Filter(x => x > 7).Sum();

    [Benchmark] public long StreamsForeach() => Loops.SumForeach(PullPipeline(Pull.From(Xs)));

    [Benchmark]
    public long Linq() =>
        Xs.Where(x => x > 1).Where(x => x > 2).Where(x => x > 3).Where(x => x > 4).Where(x => x > 5).Where(x => x > 6).Where(x => x > 7).Sum();

    [Benchmark]
    public long Yield() =>
        Loops.SumForeach(Xs.YFrom().YFilter(x => x > 1).YFilter(x => x > 2).YFilter(x => x > 3).YFilter(x => x > 4).YFilter(x => x > 5).YFilter(x => x > 6).YFilter(x => x > 7));

    private static IObservable<long> RxPipeline(IObservable<long> xs) =>
        xs.Where(x => x > 1).Where(x => x > 2).Where(x => x > 3).Where(x => x > 4).Where(x => x > 5).Where(x => x > 6).Where(x => x > 7);

    [Benchmark] public long RxSync() => RxRun.Sum(RxPipeline(RxSources.Sync(Xs)));

    [Benchmark] public long RxDefault() => RxRun.Sum(RxPipeline(RxSources.Default(Xs)));

    private static IAsyncEnumerable<long> AsyncPipeline(IAsyncEnumerable<long> xs) =>
        xs.Where(x => x > 1).Where(x => x > 2).Where(x => x > 3).Where(x => x > 4).Where(x => x > 5).Where(x => x > 6).Where(x => x > 7);

    [Benchmark] public long AsyncLinq() => AsyncRun.Sum(AsyncPipeline(AsyncSources.From(Xs)));

    // Interop: pull -> push, pull -> async, push -> pull.
    [Benchmark] public long StreamsToRx() => RxRun.Sum(RxPipeline(Pull.From(Xs).ToObservable()));
    [Benchmark] public long StreamsToAsync() => AsyncRun.SumAwaitForeach(PullPipeline(Pull.From(Xs)).ToAsyncEnumerable());
    [Benchmark] public long RxToIter() => PullPipeline(RxSources.Default(Xs).ToIter(1024, OverflowPolicy.Block)).Sum();
}
