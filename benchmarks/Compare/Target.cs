namespace Streams.Benchmarks.Compare;

/// <summary>What a target measures on one pipeline row.</summary>
public enum Measure
{
    /// <summary>Median over the hand loop's median (a ratio, "x").</summary>
    RatioToHand,

    /// <summary>Median over the <see cref="Target.Versus"/> implementation's median ("faster than" is this with limit 1, strict).</summary>
    RatioTo,

    /// <summary>Median ns per operation (for the small pipeline, one operation is one whole pipeline).</summary>
    NsPerOp,

    /// <summary>Bytes allocated per operation.</summary>
    BytesPerOp,

    /// <summary>Bytes allocated per element processed.</summary>
    BytesPerElement,

    /// <summary>ns per element over the <see cref="Target.Versus"/> implementation's ns per element.</summary>
    ExtraNsPerElementOver,
}

/// <summary>
/// One performance target: on each listed pipeline row of one mode, <see cref="Implementation"/>'s
/// <see cref="Measure"/> must be at most <see cref="Limit"/> (below it when <see cref="Strict"/>).
/// </summary>
/// <param name="Name">What the report calls it; rows of targets with the same name are summarised together.</param>
/// <param name="Implementation">The column it is about.</param>
/// <param name="Measure">What is compared with the limit.</param>
/// <param name="Limit">The largest value that meets it.</param>
/// <param name="Pipelines">The pipelines (names without shape) it applies to; null for every row.</param>
/// <param name="Versus">The other column, for <see cref="Measure.RatioTo"/> and <see cref="Measure.ExtraNsPerElementOver"/>.</param>
/// <param name="Mode">Which mode's figures it is checked against.</param>
/// <param name="Strict">Whether the value must be below the limit rather than at most it.</param>
public sealed record Target(
    string Name,
    string Implementation,
    Measure Measure,
    double Limit,
    IReadOnlyList<string>? Pipelines = null,
    string? Versus = null,
    RunMode Mode = RunMode.Isolated,
    bool Strict = false)
{
    /// <summary>Whether a value meets the limit.</summary>
    public bool IsMet(double value) => Strict ? value < Limit : value <= Limit;

    /// <summary>Whether the target applies to a pipeline (its name without shape).</summary>
    public bool AppliesTo(string pipeline) => Pipelines is null || Pipelines.Contains(pipeline);
}
