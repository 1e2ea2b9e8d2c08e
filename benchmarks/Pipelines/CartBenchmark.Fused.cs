using BenchmarkDotNet.Attributes;

namespace Streams.Benchmarks.Pipelines;

// StreamsFused: the same expression as StreamsTerminal, which carries [DisableFusion]; this one is compiled with
// fusion on (docs/fusion.md), so it runs the loop the generator writes for this call site.
// The inner pipeline is a nested loop; the selector still runs once per outer element (its closure over x is the
// compiler's, allocated per call), and its Pull.From and Map only record their arguments.
public partial class CartBenchmark
{
    [Benchmark] public long StreamsFused() => Pull.From(Xs).FlatMap(x => Pull.From(Ys).Map(y => x * y)).Sum();
}
