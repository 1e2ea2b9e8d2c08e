using BenchmarkDotNet.Attributes;
using Streams.Benchmarks.Families;

namespace Streams.Benchmarks.Pipelines;

// StreamsFused: the same expression as StreamsTerminal, which carries [DisableFusion]; this one is compiled with
// fusion on (docs/fusion.md), so it runs the loop the generator writes for this call site.
public partial class PositivesBenchmark
{
    [Benchmark] public long StreamsFused() => Pull.Positives().Filter(x => x % 2 == 0).Map(x => x * x).Take(N).WrappingSum();

    // StreamsForeachFused: StreamsForeach's code (PullPipeline carries [DisableFusion]) written as one expression, so its
    // last operator call returns the one iterator the generator writes for this chain, pulled by the same foreach.
    [Benchmark]
    public long StreamsForeachFused() =>
        Loops.SumForeach(Pull.Positives().Filter(x => x % 2 == 0).Map(x => x * x).Take(N));
}
