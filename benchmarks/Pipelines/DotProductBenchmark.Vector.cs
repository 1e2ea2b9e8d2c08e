using System.Numerics;
using BenchmarkDotNet.Attributes;

namespace Streams.Benchmarks.Pipelines;

// HandLoopVector: the hand loop written over Vector<long> by hand (full blocks, then the scalar tail), wrapping like
// the hand loop: how close the generated vector loop gets to the vector limit (docs/fusion.md, "Vectorised loops").
public partial class DotProductBenchmark
{
    [Benchmark]
    public long HandLoopVector()
    {
        var xs = Xs;
        var ys = Ys;
        int n = Math.Min(xs.Length, ys.Length);
        var acc = Vector<long>.Zero;
        int i = 0;
        for (; i <= n - Vector<long>.Count; i += Vector<long>.Count) acc += new Vector<long>(xs, i) * new Vector<long>(ys, i);
        long total = Vector.Sum(acc);
        for (; i < n; i++) total += xs[i] * ys[i];
        return total;
    }
}
