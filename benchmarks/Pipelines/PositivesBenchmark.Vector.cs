using System.Numerics;
using BenchmarkDotNet.Attributes;

namespace Streams.Benchmarks.Pipelines;

// HandLoopVector: the hand loop written over Vector<long> by hand: the counter's lanes i, i + 1, ... advanced a block at
// a time, the even ones masked in and counted in a vector; the count is checked only when the blocks that cannot
// finish the take (left - 1 of them, divided by the width) are used up, and a block with as many even lanes as are
// left goes to the scalar tail, which takes exactly the rest (docs/fusion.md, "Vectorised loops": the generated loop
// counts a Take after a Filter the same way). Wrapping like the hand loop.
public partial class PositivesBenchmark
{
    [Benchmark]
    public long HandLoopVector()
    {
        int w = Vector<long>.Count;
        long left = N;
        long i = 1;
        long safe = 0;
        var acc = Vector<long>.Zero;
        var counted = Vector<long>.Zero;
        var x = Vector.CreateSequence(1L, 1L);
        var advance = new Vector<long>(w);
        while (true)
        {
            var even = Vector.Equals(x & Vector<long>.One, Vector<long>.Zero);
            if (safe == 0)
            {
                left += Vector.Sum(counted);
                counted = Vector<long>.Zero;
                long passing = -Vector.Sum(even);
                if (passing >= left) break;
                safe = 1 + (left - passing - 1) / w;
            }
            safe--;
            acc += (x * x) & even;
            counted += even;
            x += advance;
            i += w;
        }
        long total = Vector.Sum(acc);
        for (; left > 0; i++)
        {
            if (i % 2 == 0)
            {
                total = unchecked(total + i * i);
                left--;
            }
        }
        return total;
    }
}
