using System.Globalization;
using System.Text;
using Streams.Benchmarks.Data;

namespace Streams.Benchmarks.Compare;

/// <summary>Text tables for the console and the Markdown report.</summary>
public static class Report
{
    /// <summary>Implementations in display order; unknown ones (future interop benchmarks) go last, by name.</summary>
    public static readonly string[] Order =
        ["HandLoop", "StreamsTerminal", "StreamsForeach", "StreamsQuery", "Linq", "Yield", "RxSync", "RxDefault", "AsyncLinq", "StreamsToRx", "StreamsToAsync", "RxToIter"];

    public static int ImplementationOrder(string name)
    {
        int i = Array.IndexOf(Order, name);
        return i >= 0 ? i : Order.Length;
    }

    /// <summary>Pipelines in the order of BENCHMARKS.md.</summary>
    public static readonly string[] PipelineOrder =
        ["sum", "sumOfSquares", "sumOfSquaresEven", "cart", "maps", "filters", "dotProduct", "flatMap_after_zipWith", "zipWith_after_flatMap", "flatMap_take", "positives", "chain10", "small"];

    public static int PipelineIndex(string pipeline)
    {
        int i = Array.IndexOf(PipelineOrder, pipeline);
        return i >= 0 ? i : PipelineOrder.Length;
    }

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Shape(Size size) => size.M == 0 ? Count(size.N) : $"{Count(size.N)}x{Count(size.M)}";

    private static string Count(long n) => n switch
    {
        >= 1_000_000 when n % 1_000_000 == 0 => $"{n / 1_000_000}M",
        >= 1_000 when n % 1_000 == 0 => $"{n / 1_000}k",
        _ => n.ToString(Inv),
    };

    private static string F(double? v, string format) => v is { } x ? x.ToString(format, Inv) : "–";

    private static string Ratio(double? v) => v is { } x ? (x >= 100 ? x.ToString("F0", Inv) : x >= 10 ? x.ToString("F1", Inv) : x.ToString("F2", Inv)) + "x" : "–";

    private static string[] Header => ["implementation", "median ns/elem", "alloc B/op", "alloc B/elem", "vs hand loop", "vs System.Linq"];

    private static string[] Cells(PipelineResult p, Measurement m) =>
    [
        m.Implementation,
        F(m.NsPerElement, m.NsPerElement >= 100 ? "F0" : "F2"),
        m.AllocatedBytes?.ToString("N0", Inv) ?? "–",
        F(m.BytesPerElement, "0.###"),
        Ratio(p.RatioToHand(m)),
        Ratio(p.RatioToLinq(m)),
    ];

    /// <summary>The console table of one pipeline.</summary>
    public static string PipelineTable(PipelineResult p)
    {
        var rows = p.Rows.Select(m => Cells(p, m)).Prepend(Header).ToList();
        var widths = Enumerable.Range(0, Header.Length).Select(c => rows.Max(r => r[c].Length)).ToArray();
        var sb = new StringBuilder();
        sb.AppendLine($"== {p.Group} ({p.Size}, {p.Size.Elements.ToString("N0", Inv)} elements per op)");
        foreach (var r in rows) sb.AppendLine(string.Join("  ", r.Select((c, i) => i == 0 ? c.PadRight(widths[i]) : c.PadLeft(widths[i]))));
        return sb.ToString();
    }

    /// <summary>Pipelines × implementations, each cell the median ratio to the hand loop.</summary>
    public static string RatioMatrix(IReadOnlyList<PipelineResult> results, bool markdown = false)
    {
        var impls = Implementations(results);
        var rows = results.Select(p => impls.Select(i => p.Rows.FirstOrDefault(r => r.Implementation == i) is { } m ? Ratio(p.RatioToHand(m)) : "–").Prepend(p.Group).ToArray())
            .Prepend(impls.Prepend("ratio to hand loop").ToArray()).ToList();
        var sb = new StringBuilder();
        if (markdown)
        {
            sb.AppendLine("| " + string.Join(" | ", rows[0]) + " |");
            sb.AppendLine("|" + string.Concat(rows[0].Select((_, i) => i == 0 ? "---|" : "---:|")));
            foreach (var r in rows.Skip(1)) sb.AppendLine("| " + string.Join(" | ", r) + " |");
            return sb.ToString();
        }
        var widths = Enumerable.Range(0, rows[0].Length).Select(c => rows.Max(r => r[c].Length)).ToArray();
        foreach (var r in rows) sb.AppendLine(string.Join("  ", r.Select((c, i) => i == 0 ? c.PadRight(widths[i]) : c.PadLeft(widths[i]))));
        return sb.ToString();
    }

    public static List<string> Implementations(IReadOnlyList<PipelineResult> results) =>
        results.SelectMany(p => p.Rows.Select(r => r.Implementation)).Distinct().OrderBy(ImplementationOrder).ThenBy(n => n, StringComparer.Ordinal).ToList();

    public static string Markdown(IReadOnlyList<PipelineResult> results, MachineInfo machine, string command, TimeSpan elapsed, string? note, IReadOnlyList<string> failures, int launches)
    {
        var sb = new StringBuilder();
        sb.AppendLine("# Streams benchmark comparison");
        sb.AppendLine();
        if (note is not null)
        {
            sb.AppendLine($"> **{note}**");
            sb.AppendLine();
        }
        sb.AppendLine("Pipelines: `shared/BENCHMARKS.md`; sizes: the compare sizes, a tenth of its quick sizes (full and quick sizes run with `--filter`). Yardstick: the hand-written loop in the same run. " +
                      "All figures are BenchmarkDotNet medians; every implementation was checked against the hand loop before timing.");
        sb.AppendLine();
        sb.AppendLine("| | |");
        sb.AppendLine("|---|---|");
        sb.AppendLine($"| command | `{command}` |");
        sb.AppendLine($"| date (UTC) | {machine.DateUtc:yyyy-MM-dd HH:mm} |");
        sb.AppendLine($"| CPU | {machine.Cpu} |");
        sb.AppendLine($"| logical cores | {machine.Cores} |");
        sb.AppendLine($"| OS | {machine.Os} |");
        sb.AppendLine($"| .NET | {machine.Runtime} |");
        sb.AppendLine($"| load average before / after | {machine.LoadAverageBefore} / {machine.LoadAverageAfter} |");
        sb.AppendLine($"| configuration | {CompareConfig.Describe(launches)} |");
        sb.AppendLine($"| wall time of the benchmark run | {elapsed.TotalSeconds:F0} s |");
        sb.AppendLine();
        if (failures.Count > 0)
        {
            sb.AppendLine("**Failed benchmarks:** " + string.Join(", ", failures));
            sb.AppendLine();
        }
        sb.AppendLine("Implementations: `HandLoop` hand-written loop (baseline); `StreamsTerminal` Streams with a terminal (`.Sum()`, internal iteration); " +
                      "`StreamsForeach` Streams with `foreach` (external iteration); `StreamsQuery` (nested pipelines only) the same pipeline in C# query syntax, `from x in xs from y in ys select …`, a terminal over SelectMany with a result selector; `Linq` System.Linq; `Yield` C# `yield` iterator methods; " +
                      "`RxSync` Rx.NET over a synchronous `Observable.Create` loop; `RxDefault` Rx.NET over `ToObservable()`/`Generate` on the default scheduler; " +
                      "`AsyncLinq` BCL `System.Linq.AsyncEnumerable` over an `async` iterator.");
        sb.AppendLine();
        sb.AppendLine("![ratio to the hand loop](compare.png)");
        sb.AppendLine();
        sb.AppendLine("## Median ratio to the hand loop");
        sb.AppendLine();
        sb.Append(RatioMatrix(results, markdown: true));
        sb.AppendLine();
        sb.Append(Targets.Markdown(results));
        sb.AppendLine();
        sb.AppendLine("## Per pipeline");
        foreach (var p in results)
        {
            sb.AppendLine();
            sb.AppendLine($"### {p.Group} ({p.Size}, {p.Size.Elements.ToString("N0", Inv)} elements per op)");
            sb.AppendLine();
            sb.AppendLine("| " + string.Join(" | ", Header) + " |");
            sb.AppendLine("|---|---:|---:|---:|---:|---:|");
            foreach (var m in p.Rows) sb.AppendLine("| " + string.Join(" | ", Cells(p, m)) + " |");
        }
        return sb.ToString();
    }
}
