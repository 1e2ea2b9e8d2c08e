using System.Numerics;
using BenchmarkDotNet.Attributes;

namespace Streams.Benchmarks.Pipelines;

// HandLoopVector: the hand loop written over Vector<long> by hand: the counter's lanes i, i + 1, ... advanced a block at
// a time, the even ones masked in; a block with as many even lanes as are still to be taken goes to the scalar tail,
// which takes exactly the rest (docs/fusion.md, "Vectorised loops": the generated loop counts a Take after a Filter
// the same way). Wrapping like the hand loop.
public partial class PositivesBenchmark
{
    [Benchmark]
    public long HandLoopVector()
    {
        long n = N;
        long taken = 0;
        long i = 1;
        var acc = Vector<long>.Zero;
        var x = Vector.CreateSequence(1L, 1L);
        var advance = new Vector<long>(Vector<long>.Count);
        while (true)
        {
            var even = Vector.Equals(x & Vector<long>.One, Vector<long>.Zero);
            long passing = -Vector.Sum(even);
            if (taken + passing >= n) break;
            acc += (x * x) & even;
            taken += passing;
            x += advance;
            i += Vector<long>.Count;
        }
        long total = Vector.Sum(acc);
        for (; taken < n; i++)
        {
            if (i % 2 == 0)
            {
                total = unchecked(total + i * i);
                taken++;
            }
        }
        return total;
    }
}
