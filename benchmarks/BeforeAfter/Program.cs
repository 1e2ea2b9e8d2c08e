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

// Two jobs in one run and one table: the same benchmark code built against each library; "before" is the ratio base.
// --quick checks the set-up (one warm-up, three iterations); its numbers mean nothing.
var job = quick
    ? Job.Default.WithWarmupCount(1).WithIterationCount(3).WithLaunchCount(1)
    : Job.Default.WithWarmupCount(3).WithIterationCount(12).WithLaunchCount(1);
var config = DefaultConfig.Instance
    .AddJob(job.WithArguments([new MsBuildArgument($"/p:StreamsBaselineDll={baseline}")]).WithId("before").AsBaseline())
    .AddJob(job.WithId("after"))
    .HideColumns("Error", "StdDev", "Arguments")
    .AddColumn(BenchmarkDotNet.Columns.StatisticColumn.Median)
    .WithOption(ConfigOptions.JoinSummary, true);
var summaries = BenchmarkSwitcher.FromAssembly(typeof(FoldPathBenchmarks).Assembly).Run(rest, config);
return summaries.Any(s => s.HasCriticalValidationErrors) ? 1 : 0;
