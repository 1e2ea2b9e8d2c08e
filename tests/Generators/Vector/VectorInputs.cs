namespace Streams.Generators.Tests.Vector;

/// <summary>One input of the vectorised shapes (see <see cref="VectorShapes"/>); <see cref="Family"/> says how it
/// was made, for a failure's message.</summary>
internal sealed record VectorInputs(string Family, long[] Xs, long[] Ys, int[] Xi, int[] Yi, double[] Xd, float[] Xf)
{
    public object[] Arguments() => [Xs, Ys, Xi, Yi, Xd, Xf, new List<long>(Xs)];

    public override string ToString() =>
        $"{Family}: xs=[{string.Join(",", Xs)}] ys=[{string.Join(",", Ys)}] xi=[{string.Join(",", Xi)}] yi=[{string.Join(",", Yi)}] xd=[{string.Join(",", Xd.Select(Bits))}] xf=[{string.Join(",", Xf.Select(f => Bits(f)))}]";

    private static string Bits(double d) => d == 0 || double.IsNaN(d) ? $"{d}({BitConverter.DoubleToInt64Bits(d):X})" : d.ToString("R");

    /// <summary>Lengths 0 to 3 widths + 1 of the widest <c>Vector&lt;int&gt;</c> (so every length around the width of
    /// <c>Vector&lt;long&gt;</c> too); per length: random families (small, signed, full range, special floats), and
    /// per position p: an overflow at p (up, down, of a square), and a lane that overflows where the scalar order
    /// does not (p, p + 1 and p + one width).</summary>
    public static IEnumerable<VectorInputs> All()
    {
        int widest = System.Numerics.Vector<int>.Count;
        for (int length = 0; length <= 3 * widest + 1; length++)
        {
            for (int seed = 0; seed < 6; seed++)
            {
                var rnd = new Random(length * 100 + seed);
                yield return Random($"small signed L={length} seed={seed}", length, rnd, -9, 10);
                yield return Random($"small non-negative L={length} seed={seed}", length, rnd, 0, 10);
                yield return FullRange($"full range L={length} seed={seed}", length, rnd);
            }
            for (int p = 0; p < length; p++)
            {
                yield return SumOverflow($"sum overflow up at {p} L={length}", length, p, 1);
                yield return SumOverflow($"sum overflow down at {p} L={length}", length, p, -1);
                yield return SquareOverflow($"square overflow at {p} L={length}", length, p);
                foreach (int w in new[] { System.Numerics.Vector<long>.Count, widest })
                {
                    yield return LaneOnly($"lane-only overflow at {p}, width {w}, L={length}", length, p, w);
                }
            }
        }
    }

    private static readonly double[] Specials =
    [
        double.NaN, BitConverter.Int64BitsToDouble(0x7FF8000000000123), -0.0, 0.0, 1.0, -1.0, 2.5, -1.5,
        double.PositiveInfinity, double.NegativeInfinity,
    ];

    private static VectorInputs Random(string family, int length, Random rnd, int lo, int hi)
    {
        long[] L() => Enumerable.Range(0, length).Select(_ => (long)rnd.Next(lo, hi)).ToArray();
        int[] I() => Enumerable.Range(0, length).Select(_ => rnd.Next(lo, hi)).ToArray();
        return new(family, L(), Shorter(L(), rnd), I(), Shorter(I(), rnd), Doubles(length, rnd), Floats(length, rnd));
    }

    private static VectorInputs FullRange(string family, int length, Random rnd)
    {
        long[] L() => Enumerable.Range(0, length).Select(_ => rnd.NextInt64(long.MinValue, long.MaxValue)).ToArray();
        int[] I() => Enumerable.Range(0, length).Select(_ => rnd.Next(int.MinValue, int.MaxValue)).ToArray();
        return new(family, L(), Shorter(L(), rnd), I(), Shorter(I(), rnd), Doubles(length, rnd), Floats(length, rnd));
    }

    // Zip stops at the shorter input: the second array is as long, one shorter or longer.
    private static T[] Shorter<T>(T[] a, Random rnd) => rnd.Next(3) switch
    {
        0 => a,
        1 => a.Take(Math.Max(0, a.Length - 1 - rnd.Next(4))).ToArray(),
        _ => a.Concat(a).ToArray(),
    };

    private static double[] Doubles(int length, Random rnd) =>
        Enumerable.Range(0, length).Select(_ => Specials[rnd.Next(Specials.Length)]).ToArray();

    private static float[] Floats(int length, Random rnd) =>
        Enumerable.Range(0, length).Select(_ => rnd.Next(Specials.Length) switch
        {
            1 => BitConverter.Int32BitsToSingle(0x7FC00123),
            var k => (float)Specials[k],
        }).ToArray();

    // Every other element 1..9 of the sign: the sum leaves the range at the first prefix past the big one.
    private static VectorInputs SumOverflow(string family, int length, int p, int sign)
    {
        long[] xs = Enumerable.Range(0, length).Select(i => sign * (long)(i % 9 + 1)).ToArray();
        int[] xi = xs.Select(x => (int)x).ToArray();
        xs[p] = sign > 0 ? long.MaxValue - 3 : long.MinValue + 3;
        xi[p] = sign > 0 ? int.MaxValue - 3 : int.MinValue + 3;
        var rnd = new Random(p);
        return new(family, xs, xs, xi, xi, Doubles(length, rnd), Floats(length, rnd));
    }

    // A square just below the maximum at p, and squares that push it over everywhere else.
    private static VectorInputs SquareOverflow(string family, int length, int p)
    {
        long[] xs = Enumerable.Repeat(100_000L, length).ToArray();
        int[] xi = Enumerable.Repeat(300, length).ToArray();
        xs[p] = 3_037_000_499L;
        xi[p] = 46_340;
        var rnd = new Random(p);
        return new(family, xs, xs, xi, xi, Doubles(length, rnd), Floats(length, rnd));
    }

    // The maximum at p, -1 right after it, +1 one width later: the lane of p overflows, the scalar order never does.
    private static VectorInputs LaneOnly(string family, int length, int p, int width)
    {
        var xs = new long[length];
        var xi = new int[length];
        xs[p] = long.MaxValue;
        xi[p] = int.MaxValue;
        if (p + 1 < length)
        {
            xs[p + 1] = -1;
            xi[p + 1] = -1;
        }
        if (p + width < length)
        {
            xs[p + width] = 1;
            xi[p + width] = 1;
        }
        var rnd = new Random(p);
        return new(family, xs, xs, xi, xi, Doubles(length, rnd), Floats(length, rnd));
    }
}
