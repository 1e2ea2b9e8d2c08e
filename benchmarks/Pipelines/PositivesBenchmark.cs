using System.Reactive.Linq;
using BenchmarkDotNet.Attributes;
using Streams.Benchmarks.Data;
using Streams.Benchmarks.Families;

namespace Streams.Benchmarks.Pipelines;

/// <summary>positives (seed): Positives() → filter(x % 2 == 0) → map(x·x) → take(N) → wrapping sum (it overflows at full N).</summary>
public partial class PositivesBenchmark : LinearPipelineBenchmark
{
    public override string Pipeline => "positives";

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
            if (i % 2 == 0)
            {
                total = unchecked(total + i * i);
                taken++;
            }
        }
        return total;
    }

    // The library's chain: StreamsTerminal, StreamsForeach and the interop columns measure it, not a generated iterator.
    [DisableFusion]
    private static Iter<long> PullPipeline(Iter<long> positives, int n) => positives.Filter(x => x % 2 == 0).Map(x => x * x).Take(n);

    [Benchmark, DisableFusion] public long StreamsTerminal() => Pull.Positives().Filter(x => x % 2 == 0).Map(x => x * x).Take(N).WrappingSum();

    [Benchmark] public long StreamsForeach() => Loops.SumForeach(PullPipeline(Pull.Positives(), N));

    [Benchmark] public long Linq() => Enumerable.InfiniteSequence(1L, 1L).Where(x => x % 2 == 0).Select(x => x * x).Take(N).WrappingSum();

    [Benchmark] public long Yield() => Loops.SumForeach(YieldOps.YPositives().YFilter(x => x % 2 == 0).YMap(x => x * x).YTake(N));

    private static IObservable<long> RxPipeline(IObservable<long> positives, int n) => positives.Where(x => x % 2 == 0).Select(x => x * x).Take(n);

    // A synchronous infinite source cannot be disposed mid-loop: Take's OnCompleted (seen by Do; Finally runs only at disposal, after the loop) stops it through a flag.
    [Benchmark]
    public long RxSync()
    {
        var stop = new StopFlag();
        return RxRun.Sum(RxPipeline(RxSources.SyncPositives(stop), N).Do(static _ => { }, stop.Set));
    }

    [Benchmark] public long RxDefault() => RxRun.Sum(RxPipeline(RxSources.DefaultPositives(), N));

    private static IAsyncEnumerable<long> AsyncPipeline(IAsyncEnumerable<long> positives, int n) =>
        positives.Where(x => x % 2 == 0).Select(x => x * x).Take(n);

    [Benchmark] public long AsyncLinq() => AsyncRun.Sum(AsyncPipeline(AsyncSources.Positives(), N));

    // Interop: pull -> push, pull -> async, push -> pull.
    [Benchmark] public long StreamsToRx() => RxRun.Sum(RxPipeline(Pull.Positives().ToObservable(), N));
    [Benchmark] public long StreamsToAsync() => AsyncRun.SumAwaitForeach(PullPipeline(Pull.Positives(), N).ToAsyncEnumerable());
    [Benchmark] public long RxToIter() => PullPipeline(RxSources.DefaultPositives().ToIter(1024, OverflowPolicy.Block), N).WrappingSum();
}
