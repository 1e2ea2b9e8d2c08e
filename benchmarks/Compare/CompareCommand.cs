using System.Diagnostics;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Streams.Benchmarks.Data;
using Streams.Benchmarks.Pipelines;
using Streams.Benchmarks.Smoke;

namespace Streams.Benchmarks.Compare;

/// <summary>
/// <c>dotnet run -c Release --project benchmarks -- compare [--out DIR] [--note TEXT] [--filter PATTERN]</c>:
/// runs every pipeline × implementation in the short configuration, prints a table per pipeline and writes
/// compare.md and compare.png to benchmarks/results (or DIR).
/// </summary>
public static class CompareCommand
{
    public static int Run(string[] args)
    {
        var outDir = Option(args, "--out") ?? Path.Combine(BenchmarksDirectory(), "results");
        var note = Option(args, "--note");
        var filter = Option(args, "--filter");
        var command = "dotnet run -c Release --project benchmarks -- compare" + string.Concat(args.Select(a => a.Contains(' ') ? $" \"{a}\"" : " " + a));

        var types = SmokeCommand.PipelineTypes()
            .Where(t => filter is null || t.Name.Contains(filter, StringComparison.OrdinalIgnoreCase))
            .ToArray();
        var machine = MachineInfo.Capture();
        var clock = Stopwatch.StartNew();
        var artifacts = Path.Combine(Path.GetTempPath(), "streams-benchmarks-compare");
        var summaries = BenchmarkRunner.Run(types, CompareConfig.Create(artifacts));
        clock.Stop();
        machine = machine with { LoadAverageAfter = MachineInfo.LoadAverage() };

        var results = Collect(summaries, out var failures);
        foreach (var result in results) Console.WriteLine(Report.PipelineTable(result));
        Console.WriteLine(Report.RatioMatrix(results));

        Directory.CreateDirectory(outDir);
        var md = Path.Combine(outDir, "compare.md");
        var png = Path.Combine(outDir, "compare.png");
        File.WriteAllText(md, Report.Markdown(results, machine, command, clock.Elapsed, note, failures));
        Chart.Save(results, png, machine);
        Console.WriteLine($"compare: {results.Count} pipeline sizes in {clock.Elapsed.TotalSeconds:F0} s; wrote {md} and {png}");
        foreach (var f in failures) Console.Error.WriteLine($"FAILED: {f}");
        return failures.Count == 0 ? 0 : 1;
    }

    /// <summary>Groups the reports by pipeline and size; a failed report (e.g. a verification mismatch) is a failure.</summary>
    public static List<PipelineResult> Collect(IEnumerable<Summary> summaries, out List<string> failures)
    {
        failures = [];
        var rows = new List<Measurement>();
        foreach (var summary in summaries)
        {
            foreach (var report in summary.Reports)
            {
                var bc = report.BenchmarkCase;
                var size = (Size)bc.Parameters["Size"]!;
                var type = bc.Descriptor.Type;
                var name = ((PipelineBenchmark)Activator.CreateInstance(type)!).Pipeline;
                var method = bc.Descriptor.WorkloadMethod.Name;
                if (!report.Success || report.ResultStatistics is null)
                {
                    failures.Add($"{name} {size} {method}");
                    continue;
                }
                long? bytes = report.GcStats.GetBytesAllocatedPerOperation(bc);
                rows.Add(new Measurement(name, method, size, report.ResultStatistics.Median, bytes));
            }
        }
        var multiSize = rows.GroupBy(r => r.Group).Where(g => g.Select(r => r.Size).Distinct().Count() > 1).Select(g => g.Key).ToHashSet();
        return rows
            .GroupBy(r => (r.Group, r.Size))
            .OrderBy(g => Report.PipelineIndex(g.Key.Group))
            .ThenByDescending(g => g.Key.Size.M == 0 ? 0 : (double)g.Key.Size.N / g.Key.Size.M)
            .Select(g => new PipelineResult(
                multiSize.Contains(g.Key.Group) ? $"{g.Key.Group} {Report.Shape(g.Key.Size)}" : g.Key.Group,
                g.Key.Size,
                g.OrderBy(r => Report.ImplementationOrder(r.Implementation)).ToList()))
            .ToList();
    }

    private static string? Option(string[] args, string name)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    /// <summary>The folder of Streams.Benchmarks.csproj, found from the binary's folder (bin/Release/net10.0) or the working directory.</summary>
    private static string BenchmarksDirectory()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Streams.Benchmarks.csproj"))) return dir.FullName;
                var nested = Path.Combine(dir.FullName, "benchmarks");
                if (File.Exists(Path.Combine(nested, "Streams.Benchmarks.csproj"))) return nested;
            }
        }
        return Directory.GetCurrentDirectory();
    }
}
