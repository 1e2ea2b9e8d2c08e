using BenchmarkDotNet.Configs;
using BenchmarkDotNet.EventProcessors;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Streams.Benchmarks.Data;
using Streams.Benchmarks.Pipelines;
using Streams.Benchmarks.Smoke;

namespace Streams.Benchmarks.Compare;

/// <summary>
/// <c>compare-child -- MODE COLUMNS WARMUPS,ITERATIONS,MS DATA LOG ARTIFACTS METHODFILTER TYPE...</c>: runs the given pipeline classes one
/// after another in this process (COLUMNS: <c>all</c>, or <c>default</c> for the shared mode's default columns), BenchmarkDotNet's log appended to LOG, and writes the measurements to DATA
/// (<see cref="MeasurementFile"/>). Standard output carries one <c>case</c> line per benchmark started, for the parent's progress.
/// </summary>
public static class CompareChild
{
    /// <summary>The prefix of a progress line: <c>case&lt;TAB&gt;TypeName&lt;TAB&gt;Method</c>.</summary>
    public const string CaseLine = "case";

    public static int Run(string[] args)
    {
        var mode = Enum.Parse<RunMode>(args[0], ignoreCase: true);
        bool allColumns = args[1] == "all";
        var job = args[2].Split(',').Select(int.Parse).ToArray();
        var profile = new JobProfile("child", 1, job[0], job[1], job[2]);
        string data = args[3], log = args[4], artifacts = args[5];
        string? methodFilter = args[6].Length == 0 ? null : args[6];
        var all = SmokeCommand.PipelineTypes();
        var types = args[7..].Select(name => all.Single(t => t.FullName == name)).ToArray();

        using var logger = new StreamLogger(log, append: true);
        var config = CompareConfig.Create(profile, artifacts, logger, new CaseAnnouncer())
            .AddFilter(new SimpleFilter(b => Runs(mode, allColumns, b.Descriptor.WorkloadMethod.Name) && MatchesMethodFilter(methodFilter, b.Descriptor.WorkloadMethod.Name)));
        var failures = new List<string>();
        var rows = Rows(BenchmarkRunner.Run(types, config), failures, mode);
        MeasurementFile.Write(data, rows, failures);
        return 0;
    }

    /// <summary>Whether a child in <paramref name="mode"/> runs an implementation.</summary>
    public static bool Runs(RunMode mode, bool allColumns, string implementation) =>
        mode == RunMode.Isolated || allColumns || Layout.RunsShared(implementation);

    /// <summary>Whether an implementation passes the method part of <c>--filter Class.Method</c> (empty: all). The hand
    /// loop always runs: every ratio needs it.</summary>
    public static bool MatchesMethodFilter(string? filter, string implementation) =>
        filter is null || implementation == Layout.HandLoop || implementation.Contains(filter, StringComparison.OrdinalIgnoreCase);

    /// <summary>The measurements in BenchmarkDotNet's summaries; a failed report (e.g. a verification mismatch) is a failure.</summary>
    public static List<Measurement> Rows(IEnumerable<Summary> summaries, List<string> failures, RunMode mode)
    {
        var rows = new List<Measurement>();
        foreach (var summary in summaries)
        {
            foreach (var report in summary.Reports)
            {
                var bc = report.BenchmarkCase;
                var size = (Size)bc.Parameters["Size"]!;
                var name = ((PipelineBenchmark)Activator.CreateInstance(bc.Descriptor.Type)!).Pipeline;
                var method = bc.Descriptor.WorkloadMethod.Name;
                if (!report.Success || report.ResultStatistics is null)
                {
                    failures.Add($"{name} {size} {method} ({mode.Key()})");
                    continue;
                }
                rows.Add(new Measurement(name, method, size, report.ResultStatistics.Median, report.GcStats.GetBytesAllocatedPerOperation(bc), mode));
            }
        }
        return rows;
    }

    /// <summary>Announces each benchmark on standard output as it starts.</summary>
    private sealed class CaseAnnouncer : EventProcessor
    {
        public override void OnStartRunBenchmark(BenchmarkCase benchmarkCase)
        {
            Console.Out.WriteLine($"{CaseLine}\t{benchmarkCase.Descriptor.Type.Name}\t{benchmarkCase.Descriptor.WorkloadMethod.Name}");
            Console.Out.Flush();
        }
    }
}
