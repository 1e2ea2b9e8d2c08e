using System.Reactive.Linq;
using BenchmarkDotNet.Attributes;
using Streams.Benchmarks.Data;
using Streams.Benchmarks.Families;

namespace Streams.Benchmarks.Pipelines;

/// <summary>chain10 (seed): a chain of 10 arrays of N/10 elements → map(x+1) → sum.</summary>
public partial class Chain10Benchmark : LinearPipelineBenchmark
{
    public override string Pipeline => "chain10";

    private const int Parts = 10;

    private long[][] _parts = [];

    public override void Prepare() => _parts = Inputs.DigitParts(Size.N, Parts);

    [Benchmark(Baseline = true)]
    public long HandLoop()
    {
        long total = 0;
        foreach (var part in _parts)
        {
            for (int i = 0; i < part.Length; i++) total += part[i] + 1;
        }
        return total;
    }

    // The library's chain: StreamsTerminal, StreamsForeach and the interop columns measure it, not a generated iterator.
    [DisableFusion]
    private static Iter<long> PullPipeline(Func<long[], Iter<long>> source, long[][] parts)
    {
        var rest = new Iter<long>[parts.Length - 1];
        for (int k = 1; k < parts.Length; k++) rest[k - 1] = source(parts[k]);
        return source(parts[0]).Chain(rest).Map(x => x + 1);
    }

    // The parts after the first, as array sources (StreamsTerminal and StreamsFused chain them in one expression).
    private static Iter<long>[] Rest(long[][] parts)
    {
        var rest = new Iter<long>[parts.Length - 1];
        for (int k = 1; k < parts.Length; k++) rest[k - 1] = Pull.From(parts[k]);
        return rest;
    }

    [Benchmark, DisableFusion]
    public long StreamsTerminal()
    {
        var rest = Rest(_parts);
        return Pull.From(_parts[0]).Chain(rest).Map(x => x + 1).Sum();
    }

    [Benchmark] public long StreamsForeach() => Loops.SumForeach(PullPipeline(Pull.From, _parts));

    [Benchmark]
    public long Linq()
    {
        IEnumerable<long> chained = _parts[0];
        for (int k = 1; k < _parts.Length; k++) chained = chained.Concat(_parts[k]);
        return chained.Select(x => x + 1).Sum();
    }

    [Benchmark]
    public long Yield()
    {
        var parts = new IEnumerable<long>[_parts.Length];
        for (int k = 0; k < parts.Length; k++) parts[k] = _parts[k].YFrom();
        return Loops.SumForeach(YieldOps.YChain(parts).YMap(x => x + 1));
    }

    private static IObservable<long> RxPipeline(Func<long[], IObservable<long>> source, long[][] parts)
    {
        var sources = new IObservable<long>[parts.Length];
        for (int k = 0; k < parts.Length; k++) sources[k] = source(parts[k]);
        return Observable.Concat(sources).Select(x => x + 1);
    }

    [Benchmark] public long RxSync() => RxRun.Sum(RxPipeline(RxSources.Sync, _parts));

    [Benchmark] public long RxDefault() => RxRun.Sum(RxPipeline(RxSources.Default, _parts));

    private static IAsyncEnumerable<long> AsyncPipeline(Func<long[], IAsyncEnumerable<long>> source, long[][] parts)
    {
        var chained = source(parts[0]);
        for (int k = 1; k < parts.Length; k++) chained = chained.Concat(source(parts[k]));
        return chained.Select(x => x + 1);
    }

    [Benchmark] public long AsyncLinq() => AsyncRun.Sum(AsyncPipeline(AsyncSources.From, _parts));

    // Interop: pull -> push, pull -> async, push -> pull.
    [Benchmark] public long StreamsToRx() => RxRun.Sum(RxPipeline(a => Pull.From(a).ToObservable(), _parts));
    [Benchmark] public long StreamsToAsync() => AsyncRun.SumAwaitForeach(PullPipeline(Pull.From, _parts).ToAsyncEnumerable());
    [Benchmark] public long RxToIter() => PullPipeline(a => RxSources.Default(a).ToIter(1024, OverflowPolicy.Block), _parts).Sum();
}
