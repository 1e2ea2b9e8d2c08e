using Streams.Benchmarks.Data;

namespace Streams.Benchmarks.Compare;

/// <summary>One implementation of one pipeline at one size in one mode, from BenchmarkDotNet's summary.</summary>
/// <param name="Group">The pipeline's name (docs/benchmarks.md).</param>
/// <param name="Implementation">The [Benchmark] method's name.</param>
/// <param name="Size">The size it ran at.</param>
/// <param name="MedianNs">BenchmarkDotNet's median time per operation, in ns.</param>
/// <param name="AllocatedBytes">Bytes allocated per operation, when the memory diagnoser measured it.</param>
/// <param name="Mode">Whether the pipeline had a process of its own.</param>
public sealed record Measurement(string Group, string Implementation, Size Size, double MedianNs, long? AllocatedBytes, RunMode Mode = RunMode.Isolated)
{
    public double NsPerElement => MedianNs / Size.Elements;

    public double? BytesPerElement => AllocatedBytes is { } b ? (double)b / Size.Elements : null;
}

/// <summary>All implementations of one pipeline at one size in one mode, with ratios to the hand loop and to System.Linq.</summary>
/// <param name="Group">The row label: the pipeline's name, with its shape when the pipeline has several sizes.</param>
/// <param name="Size">The size.</param>
/// <param name="Rows">One measurement per implementation, in report order.</param>
/// <param name="Mode">The mode every row was measured in.</param>
public sealed record PipelineResult(string Group, Size Size, IReadOnlyList<Measurement> Rows, RunMode Mode = RunMode.Isolated)
{
    /// <summary>The pipeline's name without the shape suffix.</summary>
    public string Pipeline => Group.Split(' ')[0];

    public Measurement? Find(string implementation) => Rows.FirstOrDefault(r => r.Implementation == implementation);

    public double? Median(string implementation) => Find(implementation)?.MedianNs;

    public double? RatioToHand(Measurement m) => RatioTo(m, Layout.HandLoop);

    public double? RatioToLinq(Measurement m) => RatioTo(m, Layout.Linq);

    /// <summary>m's median over <paramref name="implementation"/>'s, or null when that one is missing or zero.</summary>
    public double? RatioTo(Measurement m, string implementation) => Median(implementation) is { } d and > 0 ? m.MedianNs / d : null;
}
