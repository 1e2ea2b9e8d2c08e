using System.Numerics;
using BenchmarkDotNet.Attributes;

namespace Streams.Benchmarks.Pipelines;

// HandLoopVector: the hand loop written over Vector<long> by hand (full blocks, then the scalar tail), wrapping like
// the hand loop: how close the generated vector loop gets to the vector limit (docs/fusion.md, "Vectorised loops").
public partial class SumBenchmark
{
    [Benchmark]
    public long HandLoopVector()
    {
        var xs = Xs;
        var acc = Vector<long>.Zero;
        int i = 0;
        for (; i <= xs.Length - Vector<long>.Count; i += Vector<long>.Count) acc += new Vector<long>(xs, i);
        long total = Vector.Sum(acc);
        for (; i < xs.Length; i++) total += xs[i];
        return total;
    }
}
