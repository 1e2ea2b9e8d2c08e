using BenchmarkDotNet.Attributes;
using R3;
using Streams.Benchmarks.Families;
using ZLinq;

namespace Streams.Benchmarks.Pipelines;

// The peers, each written as its own README shows: ZLinq (AsValueEnumerable() then LINQ operators) and R3
// (ToObservable() over the arrays, its operators, an async aggregate as the terminal).
public partial class Chain10Benchmark
{
    // ZLinq composes types: each Concat is a new struct type, so the ten parts are written out.
    [Benchmark]
    public long ZLinq()
    {
        var p = _parts;
        return p[0].AsValueEnumerable().Concat(p[1].AsValueEnumerable()).Concat(p[2].AsValueEnumerable()).Concat(p[3].AsValueEnumerable())
            .Concat(p[4].AsValueEnumerable()).Concat(p[5].AsValueEnumerable()).Concat(p[6].AsValueEnumerable()).Concat(p[7].AsValueEnumerable())
            .Concat(p[8].AsValueEnumerable()).Concat(p[9].AsValueEnumerable()).Select(x => x + 1).Sum();
    }

    [Benchmark] public long R3() => R3Run.Sum(Observable.Concat(_parts.Select(p => p.ToObservable())).Select(x => x + 1));
}
