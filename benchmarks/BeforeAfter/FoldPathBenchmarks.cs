using BenchmarkDotNet.Attributes;

namespace Streams.BeforeAfter;

/// <summary>
/// The compare pipelines' terminal (fold) path, written with the API both sides have, beside the hand loop.
/// The hand loop is the same code in both jobs: its before/after ratio shows the run's noise.
/// </summary>
[MemoryDiagnoser]
public class FoldPathBenchmarks
{
    private const int N = 1_000_000;
    private const int CartOuter = 1_000;
    private const int CartInner = 1_000;
    private const int ChainParts = 10;

    private long[] _xs = [];
    private long[] _ys = [];
    private long[] _cartXs = [];
    private long[] _cartYs = [];
    private long[][] _parts = [];

    /// <summary>Inputs as in docs/benchmarks.md: xs[i] = i % 1000, ys[i] = i % 10.</summary>
    [GlobalSetup]
    public void Setup()
    {
        // Which library this process runs: the two jobs must print different builds.
        var library = typeof(Iter<>).Assembly;
        Console.WriteLine($"// Streams.Pull under test: {library.Location} (module {library.ManifestModule.ModuleVersionId})");
        _xs = Fill(N, 1000);
        _ys = Fill(N, 10);
        _cartXs = Fill(CartOuter, 1000);
        _cartYs = Fill(CartInner, 10);
        _parts = new long[ChainParts][];
        for (int k = 0; k < ChainParts; k++) _parts[k] = Fill(N / ChainParts, 1000);
    }

    private static long[] Fill(int n, int mod)
    {
        var a = new long[n];
        for (int i = 0; i < n; i++) a[i] = i % mod;
        return a;
    }

    /// <summary>sumOfSquaresEven written by hand: the yardstick, identical on both sides.</summary>
    [Benchmark]
    public long HandLoop()
    {
        long total = 0;
        foreach (var x in _xs)
        {
            if (x % 2 == 0) total += x * x;
        }
        return total;
    }

    /// <summary>sum.</summary>
    [Benchmark] public long Sum() => Pull.From(_xs).Sum();

    /// <summary>sumOfSquares.</summary>
    [Benchmark] public long SumOfSquares() => Pull.From(_xs).Map(x => x * x).Sum();

    /// <summary>sumOfSquaresEven.</summary>
    [Benchmark] public long SumOfSquaresEven() => Pull.From(_xs).Filter(x => x % 2 == 0).Map(x => x * x).Sum();

    /// <summary>maps.</summary>
    [Benchmark]
    public long Maps() => Pull.From(_xs).Map(x => x * 1).Map(x => x * 2).Map(x => x * 3).Map(x => x * 4)
        .Map(x => x * 5).Map(x => x * 6).Map(x => x * 7).Sum();

    /// <summary>filters.</summary>
    [Benchmark]
    public long Filters() => Pull.From(_xs).Filter(x => x > 1).Filter(x => x > 2).Filter(x => x > 3)
        .Filter(x => x > 4).Filter(x => x > 5).Filter(x => x > 6).Filter(x => x > 7).Sum();

    /// <summary>dotProduct.</summary>
    [Benchmark] public long DotProduct() => Pull.From(_xs).Zip(Pull.From(_ys), (x, y) => x * y).Sum();

    /// <summary>cart, 1000 × 1000.</summary>
    [Benchmark] public long Cart() => Pull.From(_cartXs).FlatMap(x => Pull.From(_cartYs).Map(y => x * y)).Sum();

    /// <summary>chain10.</summary>
    [Benchmark]
    public long Chain10()
    {
        var rest = new Iter<long>[_parts.Length - 1];
        for (int k = 1; k < _parts.Length; k++) rest[k - 1] = Pull.From(_parts[k]);
        return Pull.From(_parts[0]).Chain(rest).Map(x => x + 1).Sum();
    }

    /// <summary>positives: Positives → Filter → Map → Take(N) → Sum.</summary>
    [Benchmark] public long Positives() => Pull.Positives().Filter(x => x % 2 == 0).Map(x => x * x).Take(N).Sum();

    /// <summary>small: build and run Positives → Map → Filter → Take(10) → Sum.</summary>
    [Benchmark] public long Small() => Pull.Positives().Map(x => x * x).Filter(x => x % 2 == 0).Take(10).Sum();
}
