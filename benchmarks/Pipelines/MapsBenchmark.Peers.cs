using BenchmarkDotNet.Attributes;
using R3;
using Streams.Benchmarks.Families;
using ZLinq;

namespace Streams.Benchmarks.Pipelines;

// The peers, each written as its own README shows: ZLinq (AsValueEnumerable() then LINQ operators) and R3
// (ToObservable() over the arrays, its operators, an async aggregate as the terminal).
public partial class MapsBenchmark
{
    [Benchmark]
    public long ZLinq() =>
        Xs.AsValueEnumerable().Select(x => x * 1).Select(x => x * 2).Select(x => x * 3).Select(x => x * 4).Select(x => x * 5).Select(x => x * 6).Select(x => x * 7).Sum();

    [Benchmark]
    public long R3() =>
        R3Run.Sum(Xs.ToObservable().Select(x => x * 1).Select(x => x * 2).Select(x => x * 3).Select(x => x * 4).Select(x => x * 5).Select(x => x * 6).Select(x => x * 7));
}
