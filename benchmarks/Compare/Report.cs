using System.Globalization;
using System.Text;
using Streams.Benchmarks.Data;

namespace Streams.Benchmarks.Compare;

/// <summary>What the report says about its run, besides the measurements.</summary>
/// <param name="Command">The command line that produced it.</param>
/// <param name="Machine">Where it ran.</param>
/// <param name="Configuration">The BenchmarkDotNet job and process layout, in words.</param>
/// <param name="Elapsed">Wall time of the measuring.</param>
/// <param name="Note">An optional note shown at the top.</param>
/// <param name="Failures">Benchmarks that failed (verification mismatch, exception, crashed child).</param>
/// <param name="DocsLink">The relative link from the report's folder to docs/ in the repository.</param>
public sealed record RunInfo(string Command, MachineInfo Machine, string Configuration, TimeSpan Elapsed, string? Note, IReadOnlyList<string> Failures, string DocsLink);

/// <summary>Text tables for the console and the Markdown report.</summary>
public static class Report
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>10000x10 → "10kx10", 100000 → "100k".</summary>
    public static string Shape(Size size) => size.M == 0 ? Count(size.N) : $"{Count(size.N)}x{Count(size.M)}";

    private static string Count(long n) => n switch
    {
        >= 1_000_000 when n % 1_000_000 == 0 => $"{n / 1_000_000}M",
        >= 1_000 when n % 1_000 == 0 => $"{n / 1_000}k",
        _ => n.ToString(Inv),
    };

    private static string F(double? v, string format) => v is { } x ? x.ToString(format, Inv) : "–";

    private static string Ratio(double? v) => v is { } x ? Targets.X(x) : "–";

    /// <summary>Implementations measured anywhere in <paramref name="results"/>, in report order (unknown names last, by name).</summary>
    public static List<string> Implementations(IEnumerable<PipelineResult> results) =>
        Layout.OrderImplementations(results.SelectMany(p => p.Rows.Select(r => r.Implementation)));

    /// <summary>The modes present, in order.</summary>
    public static List<RunMode> Modes(IEnumerable<PipelineResult> results) => results.Select(p => p.Mode).Distinct().Order().ToList();

    /// <summary>Pipelines × implementations of one mode, each cell the median ratio to the hand loop ("–": not measured).</summary>
    public static string RatioMatrix(IReadOnlyList<PipelineResult> results, RunMode mode, bool markdown = false)
    {
        var rowsOfMode = results.Where(p => p.Mode == mode).ToList();
        var impls = Implementations(rowsOfMode);
        var table = rowsOfMode
            .Select(p => impls.Select(i => p.Find(i) is { } m ? Ratio(p.RatioToHand(m)) : "–").Prepend(p.Group).ToArray())
            .Prepend(impls.Prepend(markdown ? "ratio to hand loop" : mode.Key()).ToArray())
            .ToList();
        return markdown ? MarkdownTable(table, leftColumns: 1) : TextTable(table, ConsoleWidth);
    }

    /// <summary>Console tables wider than this continue below, the row labels repeated.</summary>
    public const int ConsoleWidth = 150;

    /// <summary>One line per target: how many rows meet it, and the ones that do not with their values.</summary>
    public static string TargetSummary(IReadOnlyList<Verdict> verdicts)
    {
        var sb = new StringBuilder();
        foreach (var g in verdicts.GroupBy(v => (v.Target.Name, v.Target.Mode)))
        {
            var missed = g.Where(v => !v.Met).ToList();
            sb.Append(missed.Count == 0 ? "MET     " : "NOT MET ");
            sb.Append(Inv, $"{g.Key.Name} [{g.Key.Mode.Key()}]: {g.Count(v => v.Met)} of {g.Count()} rows");
            if (missed.Count > 0) sb.Append("; missed: " + string.Join(", ", missed.Select(v => $"{v.Pipeline} {v.Measured}")));
            sb.AppendLine();
        }
        return sb.ToString();
    }

    /// <summary>What the console shows at the end: the ratio table of each mode, then the target verdicts.</summary>
    public static string ConsoleSummary(IReadOnlyList<PipelineResult> results, IReadOnlyList<Verdict> verdicts)
    {
        var sb = new StringBuilder();
        foreach (var mode in Modes(results))
        {
            sb.AppendLine($"Median ratio to the hand loop, {mode.Label()}:");
            sb.AppendLine(RatioMatrix(results, mode));
        }
        sb.AppendLine("Targets:");
        sb.Append(TargetSummary(verdicts));
        return sb.ToString();
    }

    /// <summary>The whole Markdown report.</summary>
    public static string Markdown(IReadOnlyList<PipelineResult> results, RunInfo run)
    {
        var verdicts = Targets.Check(results);
        var m = run.Machine;
        var sb = new StringBuilder();
        sb.AppendLine("# Streams benchmark comparison");
        sb.AppendLine();
        foreach (var note in new[] { run.Note, m.BusyWarning })
        {
            if (note is null) continue;
            sb.AppendLine($"> **{note}**");
            sb.AppendLine();
        }
        sb.AppendLine($"Pipelines and sizes: [docs/benchmarks.md]({run.DocsLink}/benchmarks.md). Yardstick: the hand-written loop in the same process. " +
                      "Every figure is a BenchmarkDotNet median; every implementation was checked against the hand loop before timing. " +
                      "Each figure says which mode it comes from: **isolated** (one fresh process per pipeline) or **shared** (every pipeline in one process, as in an application).");
        sb.AppendLine();
        sb.Append(MarkdownTable(
        [
            ["", ""],
            ["command", $"`{run.Command}`"],
            ["date (UTC)", m.DateUtc.ToString("yyyy-MM-dd HH:mm", Inv)],
            ["CPU", m.Cpu],
            ["logical cores", m.Cores.ToString(Inv)],
            ["OS", m.Os],
            [".NET", m.Runtime],
            ["load average before / after", $"{m.LoadAverageBefore} / {m.LoadAverageAfter}"],
            ["configuration", run.Configuration],
            ["wall time of the measuring", $"{run.Elapsed.TotalSeconds:F0} s"],
        ], leftColumns: 2));
        sb.AppendLine();
        if (run.Failures.Count > 0)
        {
            sb.AppendLine("**Failed benchmarks:** " + string.Join(", ", run.Failures));
            sb.AppendLine();
        }
        sb.AppendLine("Implementations:");
        sb.AppendLine();
        foreach (var name in Implementations(results)) sb.AppendLine($"- `{name}`: {Layout.Describe(name) ?? "(not described in Layout.cs)"}");
        sb.AppendLine();
        sb.AppendLine("![ratio to the hand loop, both modes](compare.png)");
        foreach (var mode in Modes(results))
        {
            sb.AppendLine();
            sb.AppendLine($"## Median ratio to the hand loop: {mode.Label()}");
            sb.AppendLine();
            sb.Append(RatioMatrix(results, mode, markdown: true));
        }
        sb.AppendLine();
        sb.Append(TargetsMarkdown(verdicts, run.DocsLink));
        sb.AppendLine();
        sb.AppendLine("## Per pipeline");
        foreach (var rows in results.GroupBy(p => (p.Group, p.Size)))
        {
            sb.AppendLine();
            sb.AppendLine($"### {rows.Key.Group} ({rows.Key.Size}, {rows.Key.Size.Elements.ToString("N0", Inv)} elements per op)");
            sb.AppendLine();
            sb.Append(PipelineTable(rows.ToList()));
        }
        return sb.ToString();
    }

    /// <summary>The targets section: a summary per target and mode, then every verdict.</summary>
    public static string TargetsMarkdown(IReadOnlyList<Verdict> verdicts, string docsLink)
    {
        var sb = new StringBuilder();
        sb.AppendLine("## Performance targets");
        sb.AppendLine();
        sb.AppendLine($"Checked from this run's medians (the targets: `benchmarks/Compare/TargetTable.cs`). Why the missed ones are missed: [docs/performance.md]({docsLink}/performance.md).");
        sb.AppendLine();
        var summary = new List<string[]> { new[] { "target", "mode", "met", "not met" } };
        foreach (var g in verdicts.GroupBy(v => (v.Target.Name, v.Target.Mode)))
        {
            var missed = g.Where(v => !v.Met).Select(v => v.Pipeline).ToList();
            summary.Add([g.Key.Name, g.Key.Mode.Key(), g.Count(v => v.Met).ToString(Inv), missed.Count + (missed.Count > 0 ? ": " + string.Join(", ", missed) : "")]);
        }
        sb.Append(MarkdownTable(summary, leftColumns: 2));
        sb.AppendLine();
        var detail = new List<string[]> { new[] { "target", "mode", "pipeline", "measured", "limit", "met", "benchmark" } };
        detail.AddRange(verdicts.Select(v => new[] { v.Target.Name, v.Target.Mode.Key(), v.Pipeline, v.Measured, v.Limit, v.Met ? "yes" : "**no**", $"`{v.Benchmark}`" }));
        sb.Append(MarkdownTable(detail, leftColumns: 3));
        return sb.ToString();
    }

    /// <summary>One pipeline size, every implementation, both modes side by side.</summary>
    public static string PipelineTable(IReadOnlyList<PipelineResult> modes)
    {
        var ordered = modes.OrderBy(p => p.Mode).ToList();
        var header = new List<string> { "implementation" };
        foreach (var p in ordered) header.AddRange([$"ns/elem ({p.Mode.Key()})", $"vs hand loop ({p.Mode.Key()})", $"vs System.Linq ({p.Mode.Key()})"]);
        header.AddRange(["alloc B/op", "alloc B/elem"]);
        var table = new List<string[]> { header.ToArray() };
        foreach (var impl in Implementations(ordered))
        {
            var row = new List<string> { impl };
            Measurement? alloc = null;
            foreach (var p in ordered)
            {
                var m = p.Find(impl);
                alloc ??= m;
                row.AddRange(m is null ? ["–", "–", "–"] : [F(m.NsPerElement, m.NsPerElement >= 100 ? "F0" : "F2"), Ratio(p.RatioToHand(m)), Ratio(p.RatioToLinq(m))]);
            }
            row.AddRange([alloc?.AllocatedBytes?.ToString("N0", Inv) ?? "–", F(alloc?.BytesPerElement, "0.###")]);
            table.Add(row.ToArray());
        }
        return MarkdownTable(table, leftColumns: 1);
    }

    private static string MarkdownTable(IReadOnlyList<string[]> rows, int leftColumns)
    {
        var sb = new StringBuilder();
        sb.AppendLine("| " + string.Join(" | ", rows[0]) + " |");
        sb.AppendLine("|" + string.Concat(rows[0].Select((_, i) => i < leftColumns ? "---|" : "---:|")));
        foreach (var r in rows.Skip(1)) sb.AppendLine("| " + string.Join(" | ", r) + " |");
        return sb.ToString();
    }

    /// <summary>Aligned columns; the columns after the first are cut into blocks that fit <paramref name="width"/>.</summary>
    private static string TextTable(IReadOnlyList<string[]> rows, int width)
    {
        var widths = Enumerable.Range(0, rows[0].Length).Select(c => rows.Max(r => r[c].Length)).ToArray();
        var sb = new StringBuilder();
        int start = 1;
        while (start < widths.Length || start == 1)
        {
            int end = start, used = widths[0];
            while (end < widths.Length && (end == start || used + 2 + widths[end] <= width)) used += 2 + widths[end++];
            if (start > 1) sb.AppendLine();
            foreach (var r in rows)
            {
                var cells = r.Take(1).Select(c => c.PadRight(widths[0])).Concat(r[start..end].Select((c, i) => c.PadLeft(widths[start + i])));
                sb.AppendLine(string.Join("  ", cells).TrimEnd());
            }
            if (end == start) break;
            start = end;
        }
        return sb.ToString();
    }
}
