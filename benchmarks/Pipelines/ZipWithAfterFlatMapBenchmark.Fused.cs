using BenchmarkDotNet.Attributes;

namespace Streams.Benchmarks.Pipelines;

// StreamsFused: the same expression as StreamsTerminal, which carries [DisableFusion]; this one is compiled with
// fusion on (docs/fusion.md), so it runs the loop the generator writes for this call site.
public partial class ZipWithAfterFlatMapBenchmark
{
    [Benchmark]
    public long StreamsFused() => Pull.From(Xs).FlatMap(x => Pull.From(Ys).Map(y => y + x)).Zip(Pull.From(Xs), (a, b) => a + b).Sum();
}
