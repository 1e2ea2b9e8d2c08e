using BenchmarkDotNet.Attributes;
using R3;
using Streams.Benchmarks.Families;
using ZLinq;

namespace Streams.Benchmarks.Pipelines;

// The peers, each written as its own README shows: ZLinq (AsValueEnumerable() then LINQ operators) and R3
// (ToObservable() over the arrays, its operators, an async aggregate as the terminal).
public partial class FiltersBenchmark
{
    [Benchmark]
    public long ZLinq() =>
        Xs.AsValueEnumerable().Where(x => x > 1).Where(x => x > 2).Where(x => x > 3).Where(x => x > 4).Where(x => x > 5).Where(x => x > 6).Where(x => x > 7).Sum();

    [Benchmark]
    public long R3() =>
        R3Run.Sum(Xs.ToObservable().Where(x => x > 1).Where(x => x > 2).Where(x => x > 3).Where(x => x > 4).Where(x => x > 5).Where(x => x > 6).Where(x => x > 7));
}
