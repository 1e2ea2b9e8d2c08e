using System.Reactive.Linq;
using BenchmarkDotNet.Attributes;
using Streams.Benchmarks.Data;
using Streams.Benchmarks.Families;

namespace Streams.Benchmarks.Pipelines;

/// <summary>flatMap_after_zipWith: zip xs with itself (x+x), then flatMap(a ⇒ ys.map(y ⇒ a·y)), sum.</summary>
/// <remarks>"xs with itself" is two iterators over the same array: a one-pass iterator cannot be zipped with itself.</remarks>
public partial class FlatMapAfterZipWithBenchmark : PipelineBenchmark
{
    public override string Pipeline => "flatMap_after_zipWith";

    private static Size Shape(int n, int m, Scale scale) => new(n, m, (long)n * m, scale);

    public static IEnumerable<Size> Sizes => [Shape(10_000, 1_000, Scale.Full), Shape(1_000, 1_000, Scale.Quick), Shape(100, 1_000, Scale.Compare)];

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
            long a = xs[i] + xs[i];
            for (int j = 0; j < ys.Length; j++) total += a * ys[j];
        }
        return total;
    }

    // The library's chain: StreamsTerminal, StreamsForeach and the interop columns measure it, not a generated iterator.
    [DisableFusion]
    private static Iter<long> PullPipeline(Func<long[], Iter<long>> source, long[] xs, long[] ys) =>
        source(xs).Zip(source(xs), (a, b) => a + b).FlatMap(a => source(ys).Map(y => a * y));

    [Benchmark, DisableFusion]
    public long StreamsTerminal() => Pull.From(Xs).Zip(Pull.From(Xs), (a, b) => a + b).FlatMap(a => Pull.From(Ys).Map(y => a * y)).Sum();

    [Benchmark] public long StreamsForeach() => Loops.SumForeach(PullPipeline(Pull.From, Xs, Ys));

    // Query syntax: SelectMany with a result selector, no closure per outer element (see CartBenchmark).
    [Benchmark, DisableFusion] public long StreamsQuery()
    {
        long[] ys = Ys;
        return (from a in Pull.From(Xs).Zip(Pull.From(Xs), (x, y) => x + y) from y in Pull.From(ys) select a * y).Sum();
    }

    // StreamsQuery's code with fusion on: the terminal detaches the query's SelectMany and runs its loops (docs/fusion.md).
    [Benchmark] public long StreamsFusedQuery()
    {
        long[] ys = Ys;
        return (from a in Pull.From(Xs).Zip(Pull.From(Xs), (x, y) => x + y) from y in Pull.From(ys) select a * y).Sum();
    }

    [Benchmark] public long Linq() => Xs.Zip(Xs, (a, b) => a + b).SelectMany(a => Ys.Select(y => a * y)).Sum();

    [Benchmark]
    public long Yield() => Loops.SumForeach(Xs.YFrom().YZip(Xs.YFrom(), (a, b) => a + b).YFlatMap(a => Ys.YFrom().YMap(y => a * y)));

    private static IObservable<long> RxPipeline(Func<long[], IObservable<long>> source, long[] xs, long[] ys) =>
        source(xs).Zip(source(xs), (a, b) => a + b).Select(a => source(ys).Select(y => a * y)).Concat();

    [Benchmark] public long RxSync() => RxRun.Sum(RxPipeline(RxSources.Sync, Xs, Ys));

    [Benchmark] public long RxDefault() => RxRun.Sum(RxPipeline(RxSources.Default, Xs, Ys));

    private static IAsyncEnumerable<long> AsyncPipeline(Func<long[], IAsyncEnumerable<long>> source, long[] xs, long[] ys) =>
        source(xs).Zip(source(xs), (a, b) => a + b).SelectMany(a => source(ys).Select(y => a * y));

    [Benchmark] public long AsyncLinq() => AsyncRun.Sum(AsyncPipeline(AsyncSources.From, Xs, Ys));

    // Interop: pull -> push, pull -> async, push -> pull.
    [Benchmark] public long StreamsToRx() => RxRun.Sum(RxPipeline(a => Pull.From(a).ToObservable(), Xs, Ys));
    [Benchmark] public long StreamsToAsync() => AsyncRun.SumAwaitForeach(PullPipeline(Pull.From, Xs, Ys).ToAsyncEnumerable());
    [Benchmark] public long RxToIter() => PullPipeline(Bridge.OuterOnly(Ys), Xs, Ys).Sum();
}
