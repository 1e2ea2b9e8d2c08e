using BenchmarkDotNet.Attributes;
using R3;
using Streams.Benchmarks.Families;
using ZLinq;

namespace Streams.Benchmarks.Pipelines;

// The peers, each written as its own README shows: ZLinq (AsValueEnumerable() then LINQ operators) and R3
// (ToObservable() over the arrays, its operators, an async aggregate as the terminal).
public partial class PositivesBenchmark
{
    // SumUnchecked: the wrapping sum (ZLinq's Sum is checked, and this sum overflows at full N).
    [Benchmark] public long ZLinq() => ValueEnumerable.InfiniteSequence(1L, 1L).Where(x => x % 2 == 0).Select(x => x * x).Take(N).SumUnchecked();

    // R3's immediate sources stop through their CancellationToken (disposal cannot reach a loop still inside Subscribe):
    // Take's completion cancels it.
    [Benchmark]
    public long R3()
    {
        using var stop = new CancellationTokenSource();
        return R3Run.Sum(Enumerable.InfiniteSequence(1L, 1L).ToObservable(stop.Token).Where(x => x % 2 == 0).Select(x => x * x).Take(N).Do(onCompleted: _ => stop.Cancel()));
    }
}
