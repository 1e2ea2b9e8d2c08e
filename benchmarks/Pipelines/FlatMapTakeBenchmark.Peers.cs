using BenchmarkDotNet.Attributes;
using R3;
using Streams.Benchmarks.Families;
using ZLinq;

namespace Streams.Benchmarks.Pipelines;

// The peers, each written as its own README shows: ZLinq (AsValueEnumerable() then LINQ operators) and R3
// (ToObservable() over the arrays, its operators, an async aggregate as the terminal).
public partial class FlatMapTakeBenchmark
{
    [Benchmark] public long ZLinq() => Xs.AsValueEnumerable().SelectMany(x => Ys.AsValueEnumerable().Select(y => x * y)).Take(TakeCount).Sum();

    [Benchmark] public long R3() => R3Run.Sum(Xs.ToObservable().Select(x => Ys.ToObservable().Select(y => x * y)).Concat().Take(TakeCount));
}
