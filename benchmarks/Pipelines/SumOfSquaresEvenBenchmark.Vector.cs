using System.Numerics;
using BenchmarkDotNet.Attributes;

namespace Streams.Benchmarks.Pipelines;

// HandLoopVector: the hand loop written over Vector<long> by hand (full blocks, then the scalar tail), wrapping like
// the hand loop: how close the generated vector loop gets to the vector limit (docs/fusion.md, "Vectorised loops").
public partial class SumOfSquaresEvenBenchmark
{
    [Benchmark]
    public long HandLoopVector()
    {
        var xs = Xs;
        var acc = Vector<long>.Zero;
        int i = 0;
        for (; i <= xs.Length - Vector<long>.Count; i += Vector<long>.Count)
        {
            var x = new Vector<long>(xs, i);
            acc += (x * x) & Vector.Equals(x & Vector<long>.One, Vector<long>.Zero);
        }
        long total = Vector.Sum(acc);
        for (; i < xs.Length; i++)
        {
            if (xs[i] % 2 == 0) total += xs[i] * xs[i];
        }
        return total;
    }
}
