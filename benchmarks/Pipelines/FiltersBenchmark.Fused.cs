using BenchmarkDotNet.Attributes;
using Streams.Benchmarks.Families;

namespace Streams.Benchmarks.Pipelines;

// StreamsFused: the same expression as StreamsTerminal, which carries [DisableFusion]; this one is compiled with
// fusion on (docs/fusion.md), so it runs the loop the generator writes for this call site.
public partial class FiltersBenchmark
{
    [Benchmark]
    public long StreamsFused() =>
        Pull.From(Xs).Filter(x => x > 1).Filter(x => x > 2).Filter(x => x > 3).Filter(x => x > 4).Filter(x => x > 5).Filter(x => x > 6).Filter(x => x > 7).Sum();

    // StreamsForeachFused: StreamsForeach's code (PullPipeline carries [DisableFusion]) written as one expression, so its
    // last operator call returns the one iterator the generator writes for this chain, pulled by the same foreach.
    [Benchmark]
    public long StreamsForeachFused() =>
        Loops.SumForeach(
            Pull.From(Xs).Filter(x => x > 1).Filter(x => x > 2).Filter(x => x > 3).Filter(x => x > 4).Filter(x => x > 5).Filter(x => x > 6).Filter(x => x > 7));
}
