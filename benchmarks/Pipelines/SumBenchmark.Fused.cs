using BenchmarkDotNet.Attributes;
using Streams.Benchmarks.Families;

namespace Streams.Benchmarks.Pipelines;

// StreamsFused: the same expression as StreamsTerminal, which carries [DisableFusion]; this one is compiled with
// fusion on (docs/fusion.md), so it runs the loop the generator writes for this call site.
public partial class SumBenchmark
{
    [Benchmark] public long StreamsFused() => Pull.From(Xs).Sum();

    // StreamsForeachFused: StreamsForeach's code as one expression. A source with no operator has no call to turn into
    // a generated iterator, so this runs the library's array source, as StreamsForeach does.
    [Benchmark]
    public long StreamsForeachFused() =>
        Loops.SumForeach(Pull.From(Xs));
}
