using System.Numerics;
using BenchmarkDotNet.Attributes;

namespace Streams.Benchmarks.Pipelines;

// HandLoopVector: the hand loop written over Vector<long> by hand (full blocks, then the scalar tail), wrapping like
// the hand loop: how close the generated vector loop gets to the vector limit (docs/fusion.md, "Vectorised loops").
public partial class FiltersBenchmark
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
            var keep = Vector.GreaterThan(x, new Vector<long>(1)) & Vector.GreaterThan(x, new Vector<long>(2))
                & Vector.GreaterThan(x, new Vector<long>(3)) & Vector.GreaterThan(x, new Vector<long>(4))
                & Vector.GreaterThan(x, new Vector<long>(5)) & Vector.GreaterThan(x, new Vector<long>(6))
                & Vector.GreaterThan(x, new Vector<long>(7));
            acc += x & keep;
        }
        long total = Vector.Sum(acc);
        for (; i < xs.Length; i++)
        {
            var x = xs[i];
            if (x > 1 && x > 2 && x > 3 && x > 4 && x > 5 && x > 6 && x > 7) total += x;
        }
        return total;
    }
}
