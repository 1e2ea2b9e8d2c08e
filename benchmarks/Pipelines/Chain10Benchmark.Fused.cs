using BenchmarkDotNet.Attributes;

namespace Streams.Benchmarks.Pipelines;

// StreamsFused: the same expression as StreamsTerminal, which carries [DisableFusion]; this one is compiled with
// fusion on (docs/fusion.md), so it runs the loop the generator writes for this call site.
// The first part runs in the generated loop; the other nine fold into the same Map and Sum through their TryFold.
public partial class Chain10Benchmark
{
    [Benchmark]
    public long StreamsFused()
    {
        var rest = Rest(_parts);
        return Pull.From(_parts[0]).Chain(rest).Map(x => x + 1).Sum();
    }
}
