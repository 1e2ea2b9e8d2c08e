using BenchmarkDotNet.Attributes;

namespace Streams.Benchmarks.Pipelines;

// StreamsFused: the same expression as StreamsTerminal, which carries [DisableFusion]; this one is compiled with
// fusion on (docs/fusion.md), so it runs the loop the generator writes for this call site.
// Zip's second input Pull.From(Ys) is read by index in the loop.
public partial class DotProductBenchmark
{
    [Benchmark] public long StreamsFused() => Pull.From(Xs).Zip(Pull.From(Ys), (x, y) => x * y).Sum();
}
