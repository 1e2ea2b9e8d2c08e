using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using Streams.BeforeAfter;

// Usage: dotnet run -c Release --project benchmarks/BeforeAfter -- --baseline <Streams.Pull.dll> [BenchmarkDotNet args]
// benchmarks/BeforeAfter/run.sh builds the baseline from a git ref and calls this; see docs/performance.md.
int at = Array.IndexOf(args, "--baseline");
if (at < 0 || at + 1 >= args.Length || !File.Exists(args[at + 1]))
{
    Console.Error.WriteLine("--baseline <path to an earlier Streams.Pull.dll> is required (see benchmarks/BeforeAfter/run.sh)");
    return 2;
}
string baseline = Path.GetFullPath(args[at + 1]);
string[] rest = [.. args.Take(at), .. args.Skip(at + 2)];
bool quick = rest.Contains("--quick");
rest = [.. rest.Where(a => a != "--quick")];
// --launches N: N processes per benchmark and job (default 1); this VM sometimes runs a whole process 2x slower, so
// figures to quote need several, and the Median column is then over every launch's iterations.
int launches = 1;
int li = Array.IndexOf(rest, "--launches");
if (li >= 0 && li + 1 < rest.Length && int.TryParse(rest[li + 1], out var n) && n > 0)
{
    launches = n;
    rest = [.. rest.Take(li), .. rest.Skip(li + 2)];
}

// Two jobs in one run and one table: the same benchmark code built against each library; "before" is the ratio base.
// --quick checks the set-up (one warm-up, three iterations); its numbers mean nothing.
var job = quick
    ? Job.Default.WithWarmupCount(1).WithIterationCount(3).WithLaunchCount(1)
    : Job.Default.WithWarmupCount(3).WithIterationCount(10).WithLaunchCount(launches);
var config = DefaultConfig.Instance
    .AddJob(job.WithArguments([new MsBuildArgument($"/p:StreamsBaselineDll={baseline}")]).WithId("before").AsBaseline())
    .AddJob(job.WithId("after"))
    .HideColumns("Error", "StdDev", "Arguments")
    .AddColumn(BenchmarkDotNet.Columns.StatisticColumn.Median)
    .WithOption(ConfigOptions.JoinSummary, true);
var summaries = BenchmarkSwitcher.FromAssembly(typeof(FoldPathBenchmarks).Assembly).Run(rest, config);
return summaries.Any(s => s.HasCriticalValidationErrors) ? 1 : 0;
