using System.Globalization;
using System.Text;

namespace Streams.Benchmarks.Compare;

/// <summary>
/// The performance targets of issue 6, checked against one compare run: each row names the benchmark that measures it,
/// the measured value, the limit and whether it is met. Computed from the results, never typed in, so a re-run updates it.
/// </summary>
public static class Targets
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Pipelines whose terminal (internal iteration) target is 1.5x the hand loop; the nested ones get 3x.</summary>
    private static readonly string[] TightTerminal = ["sum", "sumOfSquares", "sumOfSquaresEven", "maps", "filters", "dotProduct", "positives", "chain10"];

    private static readonly string[] NestedTerminal = ["cart", "flatMap_after_zipWith", "zipWith_after_flatMap", "flatMap_take"];

    /// <summary>Allocation that grows with the elements, above this, counts as allocating per element (fixed pipeline
    /// set-up cost divided by 10,000+ elements stays far below it).</summary>
    private const double PerElementBytes = 0.05;

    /// <summary>One checked target.</summary>
    public sealed record Row(string Target, string Pipeline, string Benchmark, string Measured, string Limit, bool Met);

    public static List<Row> Check(IReadOnlyList<PipelineResult> results)
    {
        var rows = new List<Row>();
        foreach (var p in results)
        {
            string name = BaseName(p.Group);
            Measurement? terminal = Find(p, "StreamsTerminal"), each = Find(p, "StreamsForeach"), linq = Find(p, PipelineResult.Linq);

            if (name != "small" && terminal is not null && p.RatioToHand(terminal) is { } tr)
            {
                double limit = TightTerminal.Contains(name) ? 1.5 : NestedTerminal.Contains(name) ? 3 : double.NaN;
                if (!double.IsNaN(limit)) rows.Add(new(Text("terminal ≤ {0}x hand loop", limit), p.Group, Bench(p, terminal), X(tr), X(limit), tr <= limit));
            }
            if (Find(p, "StreamsQuery") is { } query && p.RatioToHand(query) is { } qr && NestedTerminal.Contains(name))
            {
                rows.Add(new("terminal ≤ 3x hand loop, written in query syntax", p.Group, Bench(p, query), X(qr), X(3), qr <= 3));
            }
            if (name != "small" && each is not null && p.RatioToHand(each) is { } fr)
            {
                rows.Add(new("foreach ≤ 4x hand loop", p.Group, Bench(p, each), X(fr), "4x", fr <= 4));
                if (linq is not null)
                {
                    rows.Add(new("foreach faster than System.Linq", p.Group, Bench(p, each) + " vs " + Bench(p, linq),
                        Text("{0:F2} vs {1:F2} ns/elem", each.NsPerElement, linq.NsPerElement), "<", each.MedianNs < linq.MedianNs));
                }
            }
            if (name != "small")
            {
                foreach (var m in new[] { terminal, each, Find(p, "StreamsQuery") })
                {
                    if (m?.BytesPerElement is { } b)
                        rows.Add(new("zero bytes per element", p.Group, Bench(p, m), Text("{0:0.###} B/elem", b), Text("< {0} B/elem", PerElementBytes), b < PerElementBytes));
                }
            }
            if (name == "small" && terminal is not null)
            {
                rows.Add(new("small pipeline ≤ 120 ns", p.Group, Bench(p, terminal), Text("{0:F0} ns", terminal.MedianNs), "120 ns", terminal.MedianNs <= 120));
                if (terminal.AllocatedBytes is { } bytes)
                    rows.Add(new("small pipeline ≤ 208 B", p.Group, Bench(p, terminal), Text("{0} B", bytes), "208 B", bytes <= 208));
            }
            if (Find(p, "StreamsToAsync") is { } toAsync && each is not null && name != "small")
            {
                double extra = toAsync.NsPerElement - each.NsPerElement;
                rows.Add(new("ToAsyncEnumerable + await foreach ≤ 5 ns/elem over foreach", p.Group, Bench(p, toAsync) + " − " + Bench(p, each),
                    Text("{0:F2} ns/elem", extra), "5 ns/elem", extra <= 5));
            }
            if (Find(p, "StreamsToRx") is { } toRx && Find(p, "RxSync") is { } rxSync)
            {
                rows.Add(new("ToObservable + Rx no slower than Rx's synchronous source", p.Group, Bench(p, toRx) + " vs " + Bench(p, rxSync),
                    Text("{0:F2} vs {1:F2} ns/elem", toRx.NsPerElement, rxSync.NsPerElement), "≤", toRx.MedianNs <= rxSync.MedianNs));
            }
        }
        return rows;
    }

    /// <summary>The Markdown section: a summary line per target, then every row.</summary>
    public static string Markdown(IReadOnlyList<PipelineResult> results)
    {
        var rows = Check(results);
        var sb = new StringBuilder();
        sb.AppendLine("## Performance targets (issue 6)");
        sb.AppendLine();
        sb.AppendLine("Checked from this run's medians. Causes of the gaps and what each technique bought: [docs/performance.md](../../docs/performance.md).");
        sb.AppendLine();
        sb.AppendLine("| target | met | not met |");
        sb.AppendLine("|---|---:|---:|");
        foreach (var g in rows.GroupBy(r => r.Target))
        {
            var missed = g.Where(r => !r.Met).Select(r => r.Pipeline).ToList();
            sb.AppendLine($"| {g.Key} | {g.Count(r => r.Met)} | {missed.Count}{(missed.Count > 0 ? ": " + string.Join(", ", missed) : "")} |");
        }
        sb.AppendLine();
        sb.AppendLine("| target | pipeline | measured | limit | met | benchmark |");
        sb.AppendLine("|---|---|---:|---:|:---:|---|");
        foreach (var r in rows) sb.AppendLine($"| {r.Target} | {r.Pipeline} | {r.Measured} | {r.Limit} | {(r.Met ? "yes" : "**no**")} | `{r.Benchmark}` |");
        return sb.ToString();
    }

    private static Measurement? Find(PipelineResult p, string implementation) => p.Rows.FirstOrDefault(r => r.Implementation == implementation);

    private static string BaseName(string group) => group.Split(' ')[0];

    // flatMap_after_zipWith -> FlatMapAfterZipWithBenchmark.StreamsTerminal
    private static string Bench(PipelineResult p, Measurement m)
    {
        var parts = BaseName(p.Group).Split('_');
        return string.Concat(parts.Select(s => char.ToUpperInvariant(s[0]) + s[1..])) + "Benchmark." + m.Implementation;
    }

    private static string X(double ratio) => ratio.ToString(ratio >= 10 ? "F1" : "F2", Inv) + "x";

    private static string Text(string format, params object[] args) => string.Format(Inv, format, args);
}
