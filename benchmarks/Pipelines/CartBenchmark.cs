using System.Reactive.Linq;
using BenchmarkDotNet.Attributes;
using Streams.Benchmarks.Data;
using Streams.Benchmarks.Families;

namespace Streams.Benchmarks.Pipelines;

/// <summary>cart: Σ over i, j of xs[i]·ys[j], as flatMap(x ⇒ ys.map(y ⇒ x·y)).</summary>
/// <remarks>Two shapes: many small inner pipelines (N = 1,000,000, M = 10; quick N = 100,000) and N = M = 1,000
/// (already 1,000,000 elements, so it is its own quick size).</remarks>
public partial class CartBenchmark : PipelineBenchmark
{
    public override string Pipeline => "cart";

    private static Size Shape(int n, int m, Scale scale) => new(n, m, (long)n * m, scale);

    public static IEnumerable<Size> Sizes =>
        [Shape(1_000_000, 10, Scale.Full), Shape(100_000, 10, Scale.Quick), Shape(1_000, 1_000, Scale.Quick),
         Shape(10_000, 10, Scale.Compare), Shape(316, 316, Scale.Compare)];

    [ParamsSource(nameof(Sizes))]
    public override Size Size { get; set; } = Shape(100, 10, Scale.Tiny);

    public override Size Tiny => Shape(100, 10, Scale.Tiny);

    [Benchmark(Baseline = true)]
    public long HandLoop()
    {
        var xs = Xs;
        var ys = Ys;
        long total = 0;
        for (int i = 0; i < xs.Length; i++)
        {
            for (int j = 0; j < ys.Length; j++) total += xs[i] * ys[j];
        }
        return total;
    }

    // The library's chain: StreamsTerminal, StreamsForeach and the interop columns measure it, not a generated iterator.
    [DisableFusion]
    private static Iter<long> PullPipeline(Func<long[], Iter<long>> source, long[] xs, long[] ys) =>
        source(xs).FlatMap(x => source(ys).Map(y => x * y));

    [Benchmark, DisableFusion] public long StreamsTerminal() => Pull.From(Xs).FlatMap(x => Pull.From(Ys).Map(y => x * y)).Sum();

    [Benchmark] public long StreamsForeach() => Loops.SumForeach(PullPipeline(Pull.From, Xs, Ys));

    // Query syntax compiles to SelectMany with a result selector: the outer element travels in the iterator, so no
    // closure, delegate or Map stage is allocated per outer element (only the inner array source).
    [Benchmark, DisableFusion] public long StreamsQuery()
    {
        long[] ys = Ys;
        return (from x in Pull.From(Xs) from y in Pull.From(ys) select x * y).Sum();
    }

    // StreamsQuery's code with fusion on: the terminal detaches the query's SelectMany and runs its loops (docs/fusion.md).
    [Benchmark] public long StreamsFusedQuery()
    {
        long[] ys = Ys;
        return (from x in Pull.From(Xs) from y in Pull.From(ys) select x * y).Sum();
    }

    [Benchmark] public long Linq() => Xs.SelectMany(x => Ys.Select(y => x * y)).Sum();

    [Benchmark] public long Yield() => Loops.SumForeach(Xs.YFrom().YFlatMap(x => Ys.YFrom().YMap(y => x * y)));

    private static IObservable<long> RxPipeline(Func<long[], IObservable<long>> source, long[] xs, long[] ys) =>
        source(xs).Select(x => source(ys).Select(y => x * y)).Concat();

    [Benchmark] public long RxSync() => RxRun.Sum(RxPipeline(RxSources.Sync, Xs, Ys));

    [Benchmark] public long RxDefault() => RxRun.Sum(RxPipeline(RxSources.Default, Xs, Ys));

    private static IAsyncEnumerable<long> AsyncPipeline(Func<long[], IAsyncEnumerable<long>> source, long[] xs, long[] ys) =>
        source(xs).SelectMany(x => source(ys).Select(y => x * y));

    [Benchmark] public long AsyncLinq() => AsyncRun.Sum(AsyncPipeline(AsyncSources.From, Xs, Ys));

    // Interop: pull -> push, pull -> async, push -> pull.
    [Benchmark] public long StreamsToRx() => RxRun.Sum(RxPipeline(a => Pull.From(a).ToObservable(), Xs, Ys));
    [Benchmark] public long StreamsToAsync() => AsyncRun.SumAwaitForeach(PullPipeline(Pull.From, Xs, Ys).ToAsyncEnumerable());
    [Benchmark] public long RxToIter() => PullPipeline(Bridge.OuterOnly(Ys), Xs, Ys).Sum();
}
