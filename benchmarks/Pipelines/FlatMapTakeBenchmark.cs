using System.Reactive.Linq;
using BenchmarkDotNet.Attributes;
using Streams.Benchmarks.Data;
using Streams.Benchmarks.Families;

namespace Streams.Benchmarks.Pipelines;

/// <summary>flatMap_take: flatMap(x ⇒ ys.map(y ⇒ x·y)), take(20% of N·M), sum.</summary>
public partial class FlatMapTakeBenchmark : PipelineBenchmark
{
    public override string Pipeline => "flatMap_take";

    private static Size Shape(int n, int m, Scale scale) => new(n, m, (long)n * m / 5, scale);

    public static IEnumerable<Size> Sizes => [Shape(1_000_000, 10, Scale.Full), Shape(100_000, 10, Scale.Quick), Shape(10_000, 10, Scale.Compare)];

    [ParamsSource(nameof(Sizes))]
    public override Size Size { get; set; } = Shape(100, 10, Scale.Tiny);

    public override Size Tiny => Shape(100, 10, Scale.Tiny);

    private int TakeCount => checked((int)Size.Elements);

    [Benchmark(Baseline = true)]
    public long HandLoop()
    {
        var xs = Xs;
        var ys = Ys;
        long limit = TakeCount;
        long taken = 0;
        long total = 0;
        for (int i = 0; i < xs.Length && taken < limit; i++)
        {
            for (int j = 0; j < ys.Length && taken < limit; j++, taken++) total += xs[i] * ys[j];
        }
        return total;
    }

    // The library's chain: StreamsTerminal, StreamsForeach and the interop columns measure it, not a generated iterator.
    [DisableFusion]
    private static Iter<long> PullPipeline(Func<long[], Iter<long>> source, long[] xs, long[] ys, int take) =>
        source(xs).FlatMap(x => source(ys).Map(y => x * y)).Take(take);

    [Benchmark, DisableFusion] public long StreamsTerminal() => Pull.From(Xs).FlatMap(x => Pull.From(Ys).Map(y => x * y)).Take(TakeCount).Sum();

    [Benchmark] public long StreamsForeach() => Loops.SumForeach(PullPipeline(Pull.From, Xs, Ys, TakeCount));

    // Query syntax: SelectMany with a result selector, no closure per outer element (see CartBenchmark).
    [Benchmark, DisableFusion] public long StreamsQuery()
    {
        long[] ys = Ys;
        return (from x in Pull.From(Xs) from y in Pull.From(ys) select x * y).Take(TakeCount).Sum();
    }

    // StreamsQuery's code with fusion on. An operator after the query is not detached: Take and Sum are fused over the
    // runtime query iterator as an opaque source (docs/fusion.md).
    [Benchmark] public long StreamsFusedQuery()
    {
        long[] ys = Ys;
        return (from x in Pull.From(Xs) from y in Pull.From(ys) select x * y).Take(TakeCount).Sum();
    }

    [Benchmark] public long Linq() => Xs.SelectMany(x => Ys.Select(y => x * y)).Take(TakeCount).Sum();

    [Benchmark] public long Yield() => Loops.SumForeach(Xs.YFrom().YFlatMap(x => Ys.YFrom().YMap(y => x * y)).YTake(TakeCount));

    private static IObservable<long> RxPipeline(Func<long[], IObservable<long>> source, long[] xs, long[] ys, int take) =>
        source(xs).Select(x => source(ys).Select(y => x * y)).Concat().Take(take);

    // A synchronous source cannot be disposed mid-loop, so Take's OnCompleted (seen by Do; Finally runs only at disposal, after the loop) stops it through a flag.
    [Benchmark]
    public long RxSync()
    {
        var stop = new StopFlag();
        return RxRun.Sum(RxPipeline(a => RxSources.Sync(a, stop), Xs, Ys, TakeCount).Do(static _ => { }, stop.Set));
    }

    [Benchmark] public long RxDefault() => RxRun.Sum(RxPipeline(RxSources.Default, Xs, Ys, TakeCount));

    private static IAsyncEnumerable<long> AsyncPipeline(Func<long[], IAsyncEnumerable<long>> source, long[] xs, long[] ys, int take) =>
        source(xs).SelectMany(x => source(ys).Select(y => x * y)).Take(take);

    [Benchmark] public long AsyncLinq() => AsyncRun.Sum(AsyncPipeline(AsyncSources.From, Xs, Ys, TakeCount));

    // Interop: pull -> push, pull -> async, push -> pull.
    [Benchmark] public long StreamsToRx() => RxRun.Sum(RxPipeline(a => Pull.From(a).ToObservable(), Xs, Ys, TakeCount));
    [Benchmark] public long StreamsToAsync() => AsyncRun.SumAwaitForeach(PullPipeline(Pull.From, Xs, Ys, TakeCount).ToAsyncEnumerable());
    [Benchmark] public long RxToIter() => PullPipeline(Bridge.OuterOnly(Ys), Xs, Ys, TakeCount).Sum();
}
