using Streams.Benchmarks.Data;

namespace Streams.Benchmarks.Compare;

/// <summary>One implementation of one pipeline at one size, from BenchmarkDotNet's summary.</summary>
public sealed record Measurement(string Group, string Implementation, Size Size, double MedianNs, long? AllocatedBytes)
{
    public double NsPerElement => MedianNs / Size.Elements;

    public double? BytesPerElement => AllocatedBytes is { } b ? (double)b / Size.Elements : null;
}

/// <summary>All implementations of one pipeline at one size, with ratios to the hand loop and to System.Linq.</summary>
public sealed record PipelineResult(string Group, Size Size, IReadOnlyList<Measurement> Rows)
{
    public const string Baseline = "HandLoop";
    public const string Linq = "Linq";

    public double? Median(string implementation) => Rows.FirstOrDefault(r => r.Implementation == implementation)?.MedianNs;

    public double? RatioToHand(Measurement m) => Median(Baseline) is { } h and > 0 ? m.MedianNs / h : null;

    public double? RatioToLinq(Measurement m) => Median(Linq) is { } l and > 0 ? m.MedianNs / l : null;
}
