using System.Diagnostics;
using System.Globalization;
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
        int launches = int.TryParse(Option(args, "--launches"), CultureInfo.InvariantCulture, out var l) && l > 0 ? l : DefaultLaunches;
        var command = "dotnet run -c Release --project benchmarks -- compare" + string.Concat(args.Select(a => a.Contains(' ') ? $" \"{a}\"" : " " + a));

        var types = SmokeCommand.PipelineTypes()
            .Where(t => filter is null || t.Name.Contains(filter, StringComparison.OrdinalIgnoreCase))
            .ToArray();
        var machine = MachineInfo.Capture();
        var clock = Stopwatch.StartNew();
        var rows = new List<Measurement>();
        var failures = new List<string>();
        // One process per pipeline: tiered PGO inlines a lambda only where a call site has seen one target, and the
        // fold's sink types repeat across pipelines (Map over an array then Sum is in half of them). In one process the
        // first pipeline's lambdas would decide every later one's code; a program with one hot pipeline looks like this.
        // Several launches per pipeline, each a fresh process: on this shared 2-core VM a whole process sometimes runs
        // allocation-heavy code 2-5x slower (the hand loop and LINQ too), so one short launch can misreport a cell.
        foreach (var type in types)
        {
            var launchRows = new List<Measurement>();
            for (int launch = 0; launch < launches; launch++)
            {
                var (typeRows, typeFailures) = RunChild(type);
                launchRows.AddRange(typeRows);
                failures.AddRange(typeFailures);
            }
            rows.AddRange(MedianOverLaunches(launchRows));
        }
        clock.Stop();
        var results = Group(rows);
        machine = machine with { LoadAverageAfter = MachineInfo.LoadAverage() };

        foreach (var result in results) Console.WriteLine(Report.PipelineTable(result));
        Console.WriteLine(Report.RatioMatrix(results));

        Directory.CreateDirectory(outDir);
        var md = Path.Combine(outDir, "compare.md");
        var png = Path.Combine(outDir, "compare.png");
        File.WriteAllText(md, Report.Markdown(results, machine, command, clock.Elapsed, note, failures, launches));
        Chart.Save(results, png, machine);
        Console.WriteLine($"compare: {results.Count} pipeline sizes in {clock.Elapsed.TotalSeconds:F0} s; wrote {md} and {png}");
        foreach (var f in failures) Console.Error.WriteLine($"FAILED: {f}");
        return failures.Count == 0 ? 0 : 1;
    }

    /// <summary>The measurements in BenchmarkDotNet's summaries; a failed report (e.g. a verification mismatch) is a failure.</summary>
    public static List<Measurement> Rows(IEnumerable<Summary> summaries, List<string> failures)
    {
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
        return rows;
    }

    /// <summary>The launches in a compare run unless <c>--launches N</c> says otherwise.</summary>
    public const int DefaultLaunches = 3;

    /// <summary>One row per pipeline, size and implementation: the median of its launches' medians (and their
    /// allocation's median, which is the same in every launch for these deterministic pipelines).</summary>
    public static IEnumerable<Measurement> MedianOverLaunches(IEnumerable<Measurement> rows) =>
        rows.GroupBy(r => (r.Group, r.Implementation, r.Size))
            .Select(g => g.First() with
            {
                MedianNs = Median(g.Select(r => r.MedianNs).ToList()),
                AllocatedBytes = g.All(r => r.AllocatedBytes is not null) ? (long)Median(g.Select(r => (double)r.AllocatedBytes!.Value).ToList()) : null,
            });

    private static double Median(List<double> values)
    {
        values.Sort();
        int mid = values.Count / 2;
        return values.Count % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }

    /// <summary>Groups measurements by pipeline and size, in the report's order.</summary>
    public static List<PipelineResult> Group(List<Measurement> rows)
    {
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

    /// <summary>
    /// <c>compare-child TYPE FILE</c>: runs one pipeline class in this process and writes its measurements to FILE,
    /// one tab-separated line each ("FAIL" lines for failures). The parent <c>compare</c> reads them.
    /// </summary>
    public static int RunChildCommand(string[] args)
    {
        var type = SmokeCommand.PipelineTypes().Single(t => t.FullName == args[0]);
        var artifacts = Path.Combine(Path.GetTempPath(), "streams-benchmarks-compare", type.Name);
        var failures = new List<string>();
        var rows = Rows([BenchmarkRunner.Run(type, CompareConfig.Create(artifacts))], failures);
        File.WriteAllLines(args[1], rows.Select(r => string.Join('\t', r.Group, r.Implementation, r.Size.N, r.Size.M,
                r.Size.Elements, r.Size.Scale, r.MedianNs.ToString("R", CultureInfo.InvariantCulture), r.AllocatedBytes?.ToString(CultureInfo.InvariantCulture) ?? ""))
            .Concat(failures.Select(f => "FAIL\t" + f)));
        return 0;
    }

    private static (List<Measurement> Rows, List<string> Failures) RunChild(Type type)
    {
        var file = Path.GetTempFileName();
        var start = new ProcessStartInfo(Environment.ProcessPath!) { UseShellExecute = false };
        start.ArgumentList.Add("compare-child");
        start.ArgumentList.Add(type.FullName!);
        start.ArgumentList.Add(file);
        using var child = Process.Start(start)!;
        child.WaitForExit();
        var rows = new List<Measurement>();
        var failures = new List<string>();
        if (child.ExitCode != 0) failures.Add($"{type.Name}: child process exited with {child.ExitCode}");
        foreach (var line in File.ReadAllLines(file))
        {
            var f = line.Split('\t');
            if (f[0] == "FAIL")
            {
                failures.Add(f[1]);
                continue;
            }
            var size = new Size(long.Parse(f[2], CultureInfo.InvariantCulture), int.Parse(f[3], CultureInfo.InvariantCulture),
                long.Parse(f[4], CultureInfo.InvariantCulture), Enum.Parse<Scale>(f[5]));
            rows.Add(new Measurement(f[0], f[1], size, double.Parse(f[6], CultureInfo.InvariantCulture),
                f[7].Length == 0 ? null : long.Parse(f[7], CultureInfo.InvariantCulture)));
        }
        File.Delete(file);
        return (rows, failures);
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
