using System.Reactive.Linq;
using BenchmarkDotNet.Attributes;
using Streams.Benchmarks.Data;
using Streams.Benchmarks.Families;

namespace Streams.Benchmarks.Pipelines;

/// <summary>zipWith_after_flatMap: flatMap(x ⇒ ys.map(y ⇒ y+x)) zipped (+) with xs, sum; stops at the shorter (xs: N elements).</summary>
public partial class ZipWithAfterFlatMapBenchmark : PipelineBenchmark
{
    public override string Pipeline => "zipWith_after_flatMap";

    private static Size Shape(int n, int m, Scale scale) => new(n, m, Math.Min((long)n * m, n), scale);

    public static IEnumerable<Size> Sizes => [Shape(1_000_000, 10, Scale.Full), Shape(100_000, 10, Scale.Quick), Shape(10_000, 10, Scale.Compare)];

    [ParamsSource(nameof(Sizes))]
    public override Size Size { get; set; } = Shape(100, 10, Scale.Tiny);

    public override Size Tiny => Shape(100, 10, Scale.Tiny);

    [Benchmark(Baseline = true)]
    public long HandLoop()
    {
        var xs = Xs;
        var ys = Ys;
        long total = 0;
        int k = 0; // position in the zipped xs
        for (int i = 0; i < xs.Length && k < xs.Length; i++)
        {
            for (int j = 0; j < ys.Length && k < xs.Length; j++, k++) total += ys[j] + xs[i] + xs[k];
        }
        return total;
    }

    // The library's chain: StreamsTerminal, StreamsForeach and the interop columns measure it, not a generated iterator.
    [DisableFusion]
    private static Iter<long> PullPipeline(Func<long[], Iter<long>> source, long[] xs, long[] ys) =>
        source(xs).FlatMap(x => source(ys).Map(y => y + x)).Zip(source(xs), (a, b) => a + b);

    [Benchmark, DisableFusion]
    public long StreamsTerminal() => Pull.From(Xs).FlatMap(x => Pull.From(Ys).Map(y => y + x)).Zip(Pull.From(Xs), (a, b) => a + b).Sum();

    [Benchmark] public long StreamsForeach() => Loops.SumForeach(PullPipeline(Pull.From, Xs, Ys));

    // Query syntax: SelectMany with a result selector, no closure per outer element (see CartBenchmark).
    [Benchmark, DisableFusion] public long StreamsQuery()
    {
        long[] ys = Ys;
        return (from x in Pull.From(Xs) from y in Pull.From(ys) select y + x).Zip(Pull.From(Xs), (a, b) => a + b).Sum();
    }

    // StreamsQuery's code with fusion on. An operator after the query is not detached: Zip and Sum are fused over the
    // runtime query iterator as an opaque source (docs/fusion.md).
    [Benchmark] public long StreamsFusedQuery()
    {
        long[] ys = Ys;
        return (from x in Pull.From(Xs) from y in Pull.From(ys) select y + x).Zip(Pull.From(Xs), (a, b) => a + b).Sum();
    }

    [Benchmark] public long Linq() => Xs.SelectMany(x => Ys.Select(y => y + x)).Zip(Xs, (a, b) => a + b).Sum();

    [Benchmark]
    public long Yield() => Loops.SumForeach(Xs.YFrom().YFlatMap(x => Ys.YFrom().YMap(y => y + x)).YZip(Xs.YFrom(), (a, b) => a + b));

    private static IObservable<long> RxPipeline(Func<long[], IObservable<long>> source, long[] xs, long[] ys) =>
        source(xs).Select(x => source(ys).Select(y => y + x)).Concat().Zip(source(xs), (a, b) => a + b);

    // Rx flatMap is Select + Concat (ordered, like flatMap; SelectMany merges and reorders). Rx's Zip queues whichever side runs ahead: with a synchronous source the whole flatMap side is queued first.
    [Benchmark] public long RxSync() => RxRun.Sum(RxPipeline(RxSources.Sync, Xs, Ys));

    [Benchmark] public long RxDefault() => RxRun.Sum(RxPipeline(RxSources.Default, Xs, Ys));

    private static IAsyncEnumerable<long> AsyncPipeline(Func<long[], IAsyncEnumerable<long>> source, long[] xs, long[] ys) =>
        source(xs).SelectMany(x => source(ys).Select(y => y + x)).Zip(source(xs), (a, b) => a + b);

    [Benchmark] public long AsyncLinq() => AsyncRun.Sum(AsyncPipeline(AsyncSources.From, Xs, Ys));

    // Interop: pull -> push, pull -> async, push -> pull.
    [Benchmark] public long StreamsToRx() => RxRun.Sum(RxPipeline(a => Pull.From(a).ToObservable(), Xs, Ys));
    [Benchmark] public long StreamsToAsync() => AsyncRun.SumAwaitForeach(PullPipeline(Pull.From, Xs, Ys).ToAsyncEnumerable());
    [Benchmark] public long RxToIter() => PullPipeline(Bridge.OuterOnly(Ys), Xs, Ys).Sum();
}
