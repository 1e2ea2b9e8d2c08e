using System.Reactive.Linq;
using BenchmarkDotNet.Attributes;
using Streams.Benchmarks.Data;
using Streams.Benchmarks.Families;

namespace Streams.Benchmarks.Pipelines;

/// <summary>
/// small (seed): build and run Positives() → map(x·x) → filter(x % 2 == 0) → take(10) → sum. One "element" is one
/// whole pipeline, so time and bytes per element are per pipeline (the target: ≤ 120 ns and ≤ 208 bytes).
/// </summary>
public partial class SmallBenchmark : PipelineBenchmark
{
    public override string Pipeline => "small";

    private static Size Take10 => new(10, 0, 1, Scale.Compare); // one size serves every run

    public static IEnumerable<Size> Sizes => [Take10];

    [ParamsSource(nameof(Sizes))]
    public override Size Size { get; set; } = Take10;

    public override Size Tiny => Take10;

    private int N => checked((int)Size.N);

    public override void Prepare()
    {
        // No arrays: the source is infinite.
    }

    [Benchmark(Baseline = true)]
    public long HandLoop()
    {
        long n = N;
        long total = 0;
        for (long i = 1, taken = 0; taken < n; i++)
        {
            long sq = i * i;
            if (sq % 2 == 0)
            {
                total = unchecked(total + sq);
                taken++;
            }
        }
        return total;
    }

    // The library's chain: StreamsTerminal, StreamsForeach and the interop columns measure it, not a generated iterator.
    [DisableFusion]
    private static Iter<long> PullPipeline(Iter<long> positives, int n) => positives.Map(x => x * x).Filter(x => x % 2 == 0).Take(n);

    [Benchmark, DisableFusion] public long StreamsTerminal() => Pull.Positives().Map(x => x * x).Filter(x => x % 2 == 0).Take(N).Sum();

    [Benchmark] public long StreamsForeach() => Loops.SumForeach(PullPipeline(Pull.Positives(), N));

    [Benchmark] public long Linq() => Enumerable.InfiniteSequence(1L, 1L).Select(x => x * x).Where(x => x % 2 == 0).Take(N).Sum();

    [Benchmark] public long Yield() => Loops.SumForeach(YieldOps.YPositives().YMap(x => x * x).YFilter(x => x % 2 == 0).YTake(N));

    private static IObservable<long> RxPipeline(IObservable<long> positives, int n) => positives.Select(x => x * x).Where(x => x % 2 == 0).Take(n);

    [Benchmark]
    public long RxSync()
    {
        var stop = new StopFlag();
        return RxRun.Sum(RxPipeline(RxSources.SyncPositives(stop), N).Do(static _ => { }, stop.Set));
    }

    [Benchmark] public long RxDefault() => RxRun.Sum(RxPipeline(RxSources.DefaultPositives(), N));

    private static IAsyncEnumerable<long> AsyncPipeline(IAsyncEnumerable<long> positives, int n) =>
        positives.Select(x => x * x).Where(x => x % 2 == 0).Take(n);

    [Benchmark] public long AsyncLinq() => AsyncRun.Sum(AsyncPipeline(AsyncSources.Positives(), N));

    // Interop: pull -> push, pull -> async, push -> pull.
    [Benchmark] public long StreamsToRx() => RxRun.Sum(RxPipeline(Pull.Positives().ToObservable(), N));
    [Benchmark] public long StreamsToAsync() => AsyncRun.SumAwaitForeach(PullPipeline(Pull.Positives(), N).ToAsyncEnumerable());
    [Benchmark] public long RxToIter() => PullPipeline(RxSources.DefaultPositives().ToIter(1024, OverflowPolicy.Block), N).Sum();
}
