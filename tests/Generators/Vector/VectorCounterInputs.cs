namespace Streams.Generators.Tests.Vector;

/// <summary>One input of the counter and Take/Skip shapes (see <see cref="VectorShapes.Counters"/>): int and long
/// counter starts, stops and steps, a Take count <see cref="N"/> and a Skip count <see cref="K"/>, and arrays for the
/// Take/Skip shapes over arrays and lists.</summary>
internal sealed record VectorCounterInputs(string Family, int A, int B, int S, long AL, long BL, long SL, int N, int K,
    long[] Xs, long[] Ys, int[] Xi)
{
    public object[] Arguments() => [A, B, S, AL, BL, SL, N, K, Xs, Ys, Xi, new List<long>(Xs)];

    public override string ToString() =>
        $"{Family}: a={A} b={B} s={S} al={AL} bl={BL} sl={SL} n={N} k={K} xs=[{string.Join(",", Xs)}] ys=[{string.Join(",", Ys)}] xi=[{string.Join(",", Xi)}]";

    /// <summary>Per start (0, small, near int.MinValue, and MaxValue less 0, 1, 2, 3, a width less one, a width, a
    /// width plus one, two and three widths: the counter passes MaxValue in every lane of the first blocks, or
    /// later) and step (1, -1, 2, 3, -7, a step that wraps every few elements, 0): every Take count from 0 to 3 widths
    /// + 1, a negative one (the eager exception) and 1000; Skip counts cycling through 0, 1, a width less one, a width
    /// plus one, three widths + 3, 1000 and a negative one; arrays of lengths 0 to 3 widths + 1 whose checked sums
    /// overflow at varying positions in half of the inputs.</summary>
    public static IEnumerable<VectorCounterInputs> All()
    {
        int w = System.Numerics.Vector<int>.Count;
        int[] near = [0, 1, 2, 3, w - 1, w, w + 1, 2 * w, 3 * w];
        var starts = new List<(string Name, int A, long AL)> { ("0", 0, 0L), ("-3", -3, -3L), ("min+1", int.MinValue + 1, long.MinValue + 1) };
        starts.AddRange(near.Select(j => ($"max-{j}", int.MaxValue - j, long.MaxValue - j)));
        (int S, long SL)[] steps = [(1, 1), (-1, -1), (2, 2), (3, 3), (-7, -7), (0x40000001, 0x4000000000000001), (0, 0)];
        int[] skips = [0, 1, w - 1, w + 1, 3 * w + 3, 1000, -1];
        int row = 0;
        foreach (var (name, a, al) in starts)
        {
            foreach (var (s, sl) in steps)
            {
                foreach (int n in Enumerable.Range(0, 3 * w + 2).Append(-1).Append(1000))
                {
                    int k = skips[row % skips.Length];
                    var rnd = new Random(row);
                    int length = row % (3 * w + 2);
                    bool big = row % 2 == 1;
                    long[] xs = Enumerable.Range(0, length).Select(_ => big ? rnd.NextInt64(0, long.MaxValue / 3) : rnd.Next(-9, 10)).ToArray();
                    long[] ys = xs.Reverse().Take(Math.Max(0, length - row % 3)).ToArray();
                    int[] xi = Enumerable.Range(0, length).Select(_ => big ? rnd.Next(0, int.MaxValue / 3) : rnd.Next(-9, 10)).ToArray();
                    // The stop n steps on, clamped into the type (so the range passes near the end of it).
                    int b = (int)Math.Clamp(a + (long)n * s, int.MinValue, int.MaxValue);
                    long bl = (long)Int128.Clamp(al + (Int128)n * sl, long.MinValue, long.MaxValue);
                    yield return new($"start {name} step {s} n={n} k={k} L={length}", a, b, s, al, bl, sl, n, k, xs, ys, xi);
                    row++;
                }
            }
        }
    }
}
