using Streams.Benchmarks.Compare;
using Streams.Benchmarks.Data;

namespace Streams.Benchmarks.Tests.Compare;

/// <summary>Hand-made measurements for report and target tests.</summary>
internal static class Sample
{
    public static readonly Size Linear = Size.Linear(100_000, Scale.Compare);

    public static Measurement M(string pipeline, string implementation, double medianNs, long? bytes = 0, RunMode mode = RunMode.Isolated, Size? size = null) =>
        new(pipeline, implementation, size ?? Linear, medianNs, bytes, mode);

    /// <summary>One row of one pipeline: the hand loop at <paramref name="hand"/> ns and the others at the given ns.</summary>
    public static PipelineResult Row(string pipeline, double hand, RunMode mode = RunMode.Isolated, params (string Impl, double Ns)[] others) =>
        Results.Group([M(pipeline, Layout.HandLoop, hand, mode: mode), .. others.Select(o => M(pipeline, o.Impl, o.Ns, mode: mode))]).Single();
}
