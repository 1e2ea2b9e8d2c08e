namespace Streams.Benchmarks.Data;

/// <summary>How a benchmark size is used: full runs, the short compare run, or the CI smoke.</summary>
public enum Scale
{
    Full,
    Quick,

    /// <summary>The compare command's size: a tenth of the quick one, so that every implementation of every pipeline
    /// (Rx on the default scheduler is 100-1000x the hand loop) fits in under 3 minutes on 2 cores, with warmups long
    /// enough for tiered PGO to reach tier 1. Per-element times are what is compared.</summary>
    Compare,
    Tiny,
}

/// <summary>
/// One size of a pipeline: outer length <see cref="N"/>, inner length <see cref="M"/> (0 when the pipeline has none),
/// and how many elements one run processes (the divisor for "time per element").
/// A single [ParamsSource] value instead of separate N/M params keeps cart's two shapes from becoming a cartesian product.
/// </summary>
public sealed record Size(long N, int M, long Elements, Scale Scale)
{
    /// <summary>A one-array pipeline: N elements in, N elements processed.</summary>
    public static Size Linear(long n, Scale scale) => new(n, 0, n, scale);

    /// <summary>Full and quick sizes of a one-array pipeline (docs/benchmarks.md: 10,000,000 / 1,000,000).</summary>
    public static IEnumerable<Size> LinearDefaults() =>
        [Linear(10_000_000, Scale.Full), Linear(1_000_000, Scale.Quick), Linear(100_000, Scale.Compare)];

    public override string ToString() => M == 0 ? $"N={N}" : $"N={N},M={M}";
}
