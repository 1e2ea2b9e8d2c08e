using BenchmarkDotNet.Attributes;

namespace Streams.Benchmarks.Pipelines;

// StreamsFused: the same expression as StreamsTerminal, which carries [DisableFusion]; this one is compiled with
// fusion on (docs/fusion.md), so it runs the loop the generator writes for this call site.
public partial class FlatMapAfterZipWithBenchmark
{
    [Benchmark]
    public long StreamsFused() => Pull.From(Xs).Zip(Pull.From(Xs), (a, b) => a + b).FlatMap(a => Pull.From(Ys).Map(y => a * y)).Sum();
}
