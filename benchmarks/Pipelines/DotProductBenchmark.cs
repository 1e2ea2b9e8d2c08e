using System.Reactive.Linq;
using BenchmarkDotNet.Attributes;
using Streams.Benchmarks.Data;
using Streams.Benchmarks.Families;

namespace Streams.Benchmarks.Pipelines;

/// <summary>dotProduct: Σ xs[i]·ys[i] (zip-with), N = M.</summary>
public partial class DotProductBenchmark : PipelineBenchmark
{
    public override string Pipeline => "dotProduct";

    private static Size Square(int n, Scale scale) => new(n, n, n, scale);

    public static IEnumerable<Size> Sizes => [Square(10_000_000, Scale.Full), Square(1_000_000, Scale.Quick), Square(100_000, Scale.Compare)];

    [ParamsSource(nameof(Sizes))]
    public override Size Size { get; set; } = Square(1_000, Scale.Tiny);

    public override Size Tiny => Square(1_000, Scale.Tiny);

    [Benchmark(Baseline = true)]
    public long HandLoop()
    {
        var xs = Xs;
        var ys = Ys;
        long total = 0;
        for (int i = 0; i < xs.Length && i < ys.Length; i++) total += xs[i] * ys[i];
        return total;
    }

    // The library's chain: StreamsTerminal, StreamsForeach and the interop columns measure it, not a generated iterator.
    [DisableFusion]
    private static Iter<long> PullPipeline(Func<long[], Iter<long>> source, long[] xs, long[] ys) =>
        source(xs).Zip(source(ys), (x, y) => x * y);

    [Benchmark, DisableFusion] public long StreamsTerminal() => Pull.From(Xs).Zip(Pull.From(Ys), (x, y) => x * y).Sum();

    [Benchmark] public long StreamsForeach() => Loops.SumForeach(PullPipeline(Pull.From, Xs, Ys));

    [Benchmark] public long Linq() => Xs.Zip(Ys, (x, y) => x * y).Sum();

    [Benchmark] public long Yield() => Loops.SumForeach(Xs.YFrom().YZip(Ys.YFrom(), (x, y) => x * y));

    private static IObservable<long> RxPipeline(Func<long[], IObservable<long>> source, long[] xs, long[] ys) =>
        source(xs).Zip(source(ys), (x, y) => x * y);

    [Benchmark] public long RxSync() => RxRun.Sum(RxPipeline(RxSources.Sync, Xs, Ys));

    [Benchmark] public long RxDefault() => RxRun.Sum(RxPipeline(RxSources.Default, Xs, Ys));

    private static IAsyncEnumerable<long> AsyncPipeline(Func<long[], IAsyncEnumerable<long>> source, long[] xs, long[] ys) =>
        source(xs).Zip(source(ys), (x, y) => x * y);

    [Benchmark] public long AsyncLinq() => AsyncRun.Sum(AsyncPipeline(AsyncSources.From, Xs, Ys));

    // Interop: pull -> push, pull -> async, push -> pull.
    [Benchmark] public long StreamsToRx() => RxRun.Sum(RxPipeline(a => Pull.From(a).ToObservable(), Xs, Ys));
    [Benchmark] public long StreamsToAsync() => AsyncRun.SumAwaitForeach(PullPipeline(Pull.From, Xs, Ys).ToAsyncEnumerable());
    [Benchmark] public long RxToIter() => PullPipeline(a => RxSources.Default(a).ToIter(1024, OverflowPolicy.Block), Xs, Ys).Sum();
}
