using System.Globalization;

namespace Streams.Benchmarks.Compare;

/// <summary>One target checked on one pipeline row.</summary>
/// <param name="Target">The target.</param>
/// <param name="Pipeline">The row (pipeline and shape).</param>
/// <param name="Benchmark">The benchmark method(s) the value comes from.</param>
/// <param name="Value">The measured value, in the target's unit.</param>
/// <param name="Measured">The value as the report prints it.</param>
/// <param name="Limit">The limit as the report prints it.</param>
/// <param name="Met">Whether the value meets the limit.</param>
public sealed record Verdict(Target Target, string Pipeline, string Benchmark, double Value, string Measured, string Limit, bool Met);

/// <summary>Checks <see cref="TargetTable"/> against a run: computed from the medians, never typed in.</summary>
public static class Targets
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Every verdict of every target in <paramref name="targets"/> (default: the table) on every row it applies to.
    /// A row that lacks the target's column (or its Versus column) gives no verdict.</summary>
    public static List<Verdict> Check(IReadOnlyList<PipelineResult> results, IReadOnlyList<Target>? targets = null)
    {
        var verdicts = new List<Verdict>();
        foreach (var target in targets ?? TargetTable.All)
        {
            foreach (var p in results)
            {
                if (p.Mode != target.Mode || !target.AppliesTo(p.Pipeline) || p.Find(target.Implementation) is not { } m) continue;
                if (Evaluate(target, p, m) is { } v) verdicts.Add(v);
            }
        }
        return verdicts;
    }

    private static Verdict? Evaluate(Target t, PipelineResult p, Measurement m)
    {
        string bench = Bench(p, m.Implementation);
        Measurement? versus = t.Versus is null ? null : p.Find(t.Versus);
        string cmp = t.Strict ? "< " : "≤ ";
        switch (t.Measure)
        {
            case Measure.RatioToHand when p.RatioToHand(m) is { } r:
                return new(t, p.Group, bench, r, X(r), cmp + X(t.Limit), t.IsMet(r));
            case Measure.RatioTo when versus is not null && p.RatioTo(m, versus.Implementation) is { } r:
                return new(t, p.Group, bench + " / " + Bench(p, versus.Implementation), r,
                    Text("{0} ({1:F2} vs {2:F2} ns/elem)", X(r), m.NsPerElement, versus.NsPerElement), cmp + X(t.Limit), t.IsMet(r));
            case Measure.NsPerOp:
                return new(t, p.Group, bench, m.MedianNs, Text("{0:F0} ns", m.MedianNs), cmp + Text("{0} ns", t.Limit), t.IsMet(m.MedianNs));
            case Measure.BytesPerOp when m.AllocatedBytes is { } b:
                return new(t, p.Group, bench, b, Text("{0} B", b), cmp + Text("{0} B", t.Limit), t.IsMet(b));
            case Measure.BytesPerElement when m.BytesPerElement is { } b:
                return new(t, p.Group, bench, b, Text("{0:0.###} B/elem", b), cmp + Text("{0} B/elem", t.Limit), t.IsMet(b));
            case Measure.ExtraNsPerElementOver when versus is not null:
                double extra = m.NsPerElement - versus.NsPerElement;
                return new(t, p.Group, bench + " − " + Bench(p, versus.Implementation), extra, Text("{0:F2} ns/elem", extra), cmp + Text("{0} ns/elem", t.Limit), t.IsMet(extra));
            default:
                return null;
        }
    }

    /// <summary>flatMap_after_zipWith + StreamsTerminal → FlatMapAfterZipWithBenchmark.StreamsTerminal.</summary>
    public static string Bench(PipelineResult p, string implementation) =>
        string.Concat(p.Pipeline.Split('_').Select(s => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..])) + "Benchmark." + implementation;

    /// <summary>A ratio as the report prints it: two decimals below 10, one below 100, none above.</summary>
    public static string X(double ratio) => ratio.ToString(ratio >= 100 ? "F0" : ratio >= 10 ? "F1" : "F2", Inv) + "x";

    private static string Text(string format, params object[] args) => string.Format(Inv, format, args);
}
