namespace Streams.Benchmarks.Compare;

/// <summary>
/// Every performance target the compare report checks, one line each. A target names a column (a [Benchmark] method),
/// a measure, a limit, the pipelines and the mode; <see cref="Targets.Check"/> computes every verdict from the run.
/// To add a target, add a line (a shared-mode variant is the same line with <c>Mode: RunMode.Shared</c>).
/// </summary>
public static class TargetTable
{
    /// <summary>Single-level pipelines: one source, stages, a terminal.</summary>
    public static readonly string[] Flat = ["sum", "sumOfSquares", "sumOfSquaresEven", "maps", "filters", "dotProduct", "positives", "chain10"];

    /// <summary>Pipelines with an inner pipeline per outer element.</summary>
    public static readonly string[] Nested = ["cart", "flatMap_after_zipWith", "zipWith_after_flatMap", "flatMap_take"];

    /// <summary>The flat pipelines with a StreamsFused column (all of them).</summary>
    public static readonly string[] FusedFlat = ["sum", "sumOfSquares", "sumOfSquaresEven", "maps", "filters", "dotProduct", "positives", "chain10"];

    /// <summary>The nested pipelines with a StreamsFused column (the FlatMap form; all of them).</summary>
    public static readonly string[] FusedNested = Nested;

    /// <summary>Every pipeline that processes elements (small measures whole pipelines).</summary>
    public static readonly string[] Streaming = [.. Flat, .. Nested];

    /// <summary>Allocation per element below this counts as none: a pipeline's fixed set-up divided by its 10,000+ elements stays far below it.</summary>
    public const double NoBytesPerElement = 0.05;

    public static readonly IReadOnlyList<Target> All =
    [
        new("terminal ≤ 1.5x hand loop", "StreamsTerminal", Measure.RatioToHand, 1.5, Flat),
        new("terminal ≤ 3x hand loop (nested)", "StreamsTerminal", Measure.RatioToHand, 3, Nested),
        new("query syntax ≤ 3x hand loop (nested)", "StreamsQuery", Measure.RatioToHand, 3, Nested),
        new("foreach ≤ 4x hand loop", "StreamsForeach", Measure.RatioToHand, 4, Streaming),
        new("foreach faster than System.Linq", "StreamsForeach", Measure.RatioTo, 1, Streaming, Versus: "Linq", Strict: true),
        new("terminal: no bytes per element", "StreamsTerminal", Measure.BytesPerElement, NoBytesPerElement, Streaming, Strict: true),
        new("foreach: no bytes per element", "StreamsForeach", Measure.BytesPerElement, NoBytesPerElement, Streaming, Strict: true),
        new("query syntax: no bytes per element", "StreamsQuery", Measure.BytesPerElement, NoBytesPerElement, Nested, Strict: true),
        new("vectorised Sum over an array no slower than System.Linq", "StreamsTerminal", Measure.RatioTo, 1, ["sumArray"], Versus: "Linq"),
        new("small pipeline ≤ 120 ns", "StreamsTerminal", Measure.NsPerOp, 120, ["small"]),
        new("small pipeline ≤ 208 B", "StreamsTerminal", Measure.BytesPerOp, 208, ["small"]),
        new("fused ≤ 1.2x hand loop", "StreamsFused", Measure.RatioToHand, 1.2, FusedFlat),
        new("fused ≤ 2x hand loop (nested)", "StreamsFused", Measure.RatioToHand, 2, FusedNested),
        new("fused query syntax ≤ 2x hand loop (nested)", "StreamsFusedQuery", Measure.RatioToHand, 2, Nested),
        new("fused small pipeline ≤ 1.5x hand loop", "StreamsFused", Measure.RatioToHand, 1.5, ["small"]),
        new("fused small pipeline: 0 B", "StreamsFused", Measure.BytesPerOp, 0, ["small"]),
        new("fused faster than ZLinq", "StreamsFused", Measure.RatioTo, 1, [.. FusedFlat, .. FusedNested, "small"], Versus: "ZLinq", Strict: true),
        new("fused faster than System.Linq", "StreamsFused", Measure.RatioTo, 1, [.. FusedFlat, .. FusedNested, "small"], Versus: "Linq", Strict: true),
        new("vectorised fused ≤ 0.5x hand loop", "StreamsFused", Measure.RatioToHand, 0.5, ["sumOfSquares", "maps", "dotProduct"]),
        new("vectorised fused ≤ 0.8x hand loop (filters)", "StreamsFused", Measure.RatioToHand, 0.8, ["sumOfSquaresEven", "filters"]),
        new("vectorised fused ≤ 0.5x hand loop (shared process)", "StreamsFused", Measure.RatioToHand, 0.5, ["sumOfSquares", "maps", "dotProduct"], Mode: RunMode.Shared),
        new("vectorised fused ≤ 0.8x hand loop (filters, shared process)", "StreamsFused", Measure.RatioToHand, 0.8, ["sumOfSquaresEven", "filters"], Mode: RunMode.Shared),
        new("fused ≤ 1.5x hand loop (shared process)", "StreamsFused", Measure.RatioToHand, 1.5, FusedFlat, Mode: RunMode.Shared),
        new("fused ≤ 2.5x hand loop (nested, shared process)", "StreamsFused", Measure.RatioToHand, 2.5, FusedNested, Mode: RunMode.Shared),
        new("fused foreach ≤ 3x hand loop", "StreamsForeachFused", Measure.RatioToHand, 3, [.. FusedFlat, "small"]),
        new("fused foreach faster than System.Linq", "StreamsForeachFused", Measure.RatioTo, 1, [.. FusedFlat, "small"], Versus: "Linq", Strict: true),
        new("fused foreach ≤ 3.75x hand loop (shared process)", "StreamsForeachFused", Measure.RatioToHand, 3.75, [.. FusedFlat, "small"], Mode: RunMode.Shared),
        new("ToAsyncEnumerable + await foreach ≤ 5 ns/elem over foreach", "StreamsToAsync", Measure.ExtraNsPerElementOver, 5, Streaming, Versus: "StreamsForeach"),
        new("ToObservable + Rx no slower than Rx's synchronous source", "StreamsToRx", Measure.RatioTo, 1, Versus: "RxSync"),
    ];
}
