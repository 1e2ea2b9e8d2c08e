using BenchmarkDotNet.Attributes;
using Streams.Benchmarks.Families;

namespace Streams.Benchmarks.Pipelines;

// StreamsFused: the same expression as StreamsTerminal, which carries [DisableFusion]; this one is compiled with
// fusion on (docs/fusion.md), so it runs the loop the generator writes for this call site.
public partial class MapsBenchmark
{
    [Benchmark]
    public long StreamsFused() =>
        Pull.From(Xs).Map(x => x * 1).Map(x => x * 2).Map(x => x * 3).Map(x => x * 4).Map(x => x * 5).Map(x => x * 6).Map(x => x * 7).Sum();

    // StreamsForeachFused: StreamsForeach's code (PullPipeline carries [DisableFusion]) written as one expression, so its
    // last operator call returns the one iterator the generator writes for this chain, pulled by the same foreach.
    [Benchmark]
    public long StreamsForeachFused() =>
        Loops.SumForeach(
            Pull.From(Xs).Map(x => x * 1).Map(x => x * 2).Map(x => x * 3).Map(x => x * 4).Map(x => x * 5).Map(x => x * 6).Map(x => x * 7));
}
