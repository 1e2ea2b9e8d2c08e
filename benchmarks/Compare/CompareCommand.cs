using System.Diagnostics;
using System.Globalization;
using Streams.Benchmarks.Data;
using Streams.Benchmarks.Pipelines;
using Streams.Benchmarks.Smoke;
using Streams.Benchmarks.Verification;

namespace Streams.Benchmarks.Compare;

/// <summary>
/// <c>dotnet run -c Release --project benchmarks -- compare [options]</c> (see <see cref="CompareOptions.Command"/>, or <c>compare --help</c>):
/// every pipeline × implementation, first with one process per pipeline (isolated), then with every pipeline in one
/// process (shared). Shows progress, ends with the ratio tables and target verdicts, and writes compare.md,
/// compare.png, measurements.tsv and BenchmarkDotNet's logs to artifacts/benchmarks/&lt;date-time&gt;/ (ignored by git);
/// <c>--publish</c> also copies the report to benchmarks/results, the reference run the docs quote.
/// </summary>
public static class CompareCommand
{
    /// <summary>Runs the comparison.</summary>
    /// <param name="options">The parsed options.</param>
    /// <param name="args">The arguments after <c>compare</c>, as typed: the report quotes the command.</param>
    /// <returns>0, or 1 when a benchmark failed, or 2 when no pipeline class matches the filter.</returns>
    public static int Run(CompareOptions options, IReadOnlyList<string> args)
    {
        var repo = Paths.RepositoryRoot();
        var outDir = Path.GetFullPath(options.Out ?? Path.Combine(repo, "artifacts", "benchmarks", DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)));
        var logDir = Path.Combine(outDir, "logs");
        Directory.CreateDirectory(logDir);
        var command = "dotnet run -c Release --project benchmarks -- compare" + string.Concat(args.Select(a => a.Contains(' ') ? $" \"{a}\"" : " " + a));

        var (typeFilter, methodFilter) = options.SplitFilter();
        var types = SmokeCommand.PipelineTypes()
            .Where(t => typeFilter is null || t.Name.Contains(typeFilter, StringComparison.OrdinalIgnoreCase))
            .OrderBy(t => Layout.PipelineIndex(PipelineName(t))).ThenBy(t => t.Name, StringComparer.Ordinal)
            .ToArray();
        if (types.Length == 0)
        {
            Console.Error.WriteLine($"compare: no pipeline class matches '{options.Filter}'.");
            return 2;
        }

        // The plan: per launch, one child per pipeline (isolated), then one child for all of them (shared).
        var plan = new List<(RunMode Mode, int Launch, Type[] Types)>();
        for (int launch = 1; launch <= options.Profile.Launches; launch++)
        {
            foreach (var mode in options.Modes)
            {
                if (mode == RunMode.Isolated) plan.AddRange(types.Select(t => (mode, launch, new[] { t })));
                else plan.Add((mode, launch, types));
            }
        }
        int CasesIn(RunMode mode) => types.Sum(t => CaseCount(t, mode, options.AllColumns, methodFilter));
        int casesPerLaunch = options.Modes.Sum(CasesIn);
        var progress = new Progress(casesPerLaunch * options.Profile.Launches, PriorSecondsPerCase(options.Profile));
        int steps = types.Length * options.Modes.Count * options.Profile.Launches;

        var machine = MachineInfo.Capture();
        Console.WriteLine($"compare: {types.Length} pipelines; benchmarks per launch: {string.Join(", ", options.Modes.Select(m => $"{CasesIn(m)} {m.Key()}"))}; " +
                          $"{options.Profile.Launches} launch(es); BenchmarkDotNet's log: {Path.GetRelativePath(Directory.GetCurrentDirectory(), logDir)}");
        var clock = Stopwatch.StartNew();
        var rows = new List<Measurement>();
        var failures = new List<string>();
        int started = 0, step = 0;
        foreach (var (mode, launch, childTypes) in plan)
        {
            string name = $"{mode.Key()}-{launch}" + (childTypes.Length == 1 ? "-" + PipelineName(childTypes[0]) : "");
            string? current = null;
            var (childRows, childFailures) = RunChild(mode, options.AllColumns, methodFilter, options.Profile, childTypes, Path.Combine(logDir, name + ".log"), Path.Combine(outDir, "bdn", name), type =>
            {
                started++;
                if (type == current) return;
                current = type;
                step++;
                var pipeline = PipelineName(childTypes.First(t => t.Name == type));
                Console.WriteLine(progress.Line(step, steps, mode, options.Profile.Launches > 1 ? $"{pipeline} (launch {launch})" : pipeline, started, clock.Elapsed));
            });
            rows.AddRange(childRows);
            failures.AddRange(childFailures);
        }
        clock.Stop();
        machine = machine with { LoadAverageAfter = MachineInfo.LoadAverage() };

        var results = Results.Group(Results.MedianOverLaunches(rows));
        var verdicts = Targets.Check(results);
        MeasurementFile.Write(Path.Combine(outDir, "measurements.tsv"), rows, failures);
        var written = WriteReport(outDir, repo, results, machine, command, options, clock.Elapsed, failures);
        Console.WriteLine();
        Console.Write(Report.ConsoleSummary(results, verdicts));
        Console.WriteLine();
        Console.WriteLine($"compare: {rows.Count} measurements in {clock.Elapsed.TotalSeconds:F0} s; report: {Path.GetRelativePath(Directory.GetCurrentDirectory(), written)}");
        if (options.Publish)
        {
            var published = Path.Combine(repo, "benchmarks", "results");
            Directory.CreateDirectory(published);
            File.Copy(Path.Combine(outDir, "measurements.tsv"), Path.Combine(published, "measurements.tsv"), overwrite: true);
            WriteReport(published, repo, results, machine, command, options, clock.Elapsed, failures);
            Console.WriteLine($"compare: published to {Path.GetRelativePath(Directory.GetCurrentDirectory(), published)}");
        }
        if (machine.BusyWarning is { } busy) Console.WriteLine("WARNING: " + busy);
        foreach (var f in failures) Console.Error.WriteLine($"FAILED: {f}");
        return failures.Count == 0 ? 0 : 1;
    }

    /// <summary>Writes compare.md and compare.png into <paramref name="dir"/>; returns the Markdown's path.</summary>
    private static string WriteReport(string dir, string repo, List<PipelineResult> results, MachineInfo machine, string command, CompareOptions options, TimeSpan elapsed, List<string> failures)
    {
        var docs = Path.GetRelativePath(dir, Path.Combine(repo, "docs")).Replace('\\', '/');
        var columns = options.AllColumns ? "; the shared mode ran every column" : "; the shared mode ran the columns Layout.cs does not mark Shared: false";
        var run = new RunInfo(command, machine, options.Profile.Describe() + columns, elapsed, options.Note, failures, docs);
        var md = Path.Combine(dir, "compare.md");
        File.WriteAllText(md, Report.Markdown(results, run));
        Chart.Save(results, Path.Combine(dir, "compare.png"), machine);
        return md;
    }

    /// <summary>The pipeline name a class reports (its <see cref="PipelineBenchmark.Pipeline"/>).</summary>
    public static string PipelineName(Type type) => ((PipelineBenchmark)Activator.CreateInstance(type)!).Pipeline;

    /// <summary>Benchmarks a child runs for a pipeline class: its [Benchmark] methods that run in <paramref name="mode"/> × its compare sizes.</summary>
    public static int CaseCount(Type type, RunMode mode, bool allColumns, string? methodFilter = null)
    {
        var property = type.GetProperty("Sizes");
        int sizes = property?.GetValue(null) is IEnumerable<Size> all ? all.Count(s => s.Scale == Scale.Compare) : 1;
        return Verifier.Implementations(type).Count(m => CompareChild.Runs(mode, allColumns, m.Name) && CompareChild.MatchesMethodFilter(methodFilter, m.Name)) * Math.Max(sizes, 1);
    }

    /// <summary>Seconds per benchmark before any has finished: warmups and iterations plus BenchmarkDotNet's pilot and memory runs.</summary>
    private static double PriorSecondsPerCase(JobProfile p) => (p.Warmups + p.Iterations + 4) * p.IterationMilliseconds / 1000.0 + 0.1;

    /// <summary>The command line of a child process (<see cref="CompareChild"/>): after <c>--</c>, every argument is
    /// positional, whatever it looks like (an empty method filter, a path).</summary>
    public static IReadOnlyList<string> ChildArguments(RunMode mode, bool allColumns, string? methodFilter, JobProfile profile, IEnumerable<Type> types, string data, string log, string artifacts) =>
        [Commands.CompareChildCommand, "--", mode.Key(), allColumns ? "all" : "default", $"{profile.Warmups},{profile.Iterations},{profile.IterationMilliseconds}",
            data, log, artifacts, methodFilter ?? "", .. types.Select(t => t.FullName!)];

    private static (List<Measurement> Rows, List<string> Failures) RunChild(RunMode mode, bool allColumns, string? methodFilter, JobProfile profile, Type[] types, string log, string artifacts, Action<string> onCase)
    {
        var data = Path.GetTempFileName();
        try
        {
            var start = new ProcessStartInfo(Environment.ProcessPath!) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var (k, v) in CompareConfig.ChildEnvironment) start.Environment[k] = v;
            foreach (var a in ChildArguments(mode, allColumns, methodFilter, profile, types, data, log, artifacts)) start.ArgumentList.Add(a);
            using var child = Process.Start(start)!;
            var stderr = child.StandardError.ReadToEndAsync();
            using (var stray = new StreamWriter(log + ".stdout", append: true))
            {
                while (child.StandardOutput.ReadLine() is { } line)
                {
                    var f = line.Split('\t');
                    if (f.Length == 3 && f[0] == CompareChild.CaseLine) onCase(f[1]);
                    else stray.WriteLine(line);
                }
            }
            child.WaitForExit();
            var errors = stderr.Result;
            if (errors.Length > 0) File.WriteAllText(log + ".stderr", errors);
            var (rows, failures) = new FileInfo(data).Length > 0 ? MeasurementFile.Read(data) : ([], []);
            if (child.ExitCode != 0) failures.Add($"{string.Join(", ", types.Select(t => t.Name))} ({mode.Key()}): child process exited with {child.ExitCode}; see {log}");
            return (rows, failures);
        }
        finally
        {
            File.Delete(data);
        }
    }
}
