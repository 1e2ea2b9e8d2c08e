using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;
using Streams.Benchmarks.Data;

namespace Streams.Benchmarks.Compare;

/// <summary>
/// The short configuration of the compare command: compare sizes only, in process (no per-benchmark build and
/// process launch), one warmup, a few short iterations. Good enough for ratios; full runs use the switcher.
/// </summary>
public static class CompareConfig
{
    // Warmups must outlast tiering: a pipeline's fold loop runs once per invocation, so it starts as OSR code without
    // profile data (no delegate inlining) and reaches tier 1 with PGO only after ~30 calls plus the call-counting delay.
    public const int WarmupCount = 6;
    public const int IterationCount = 5;
    public const int IterationMilliseconds = 50;

    public static string Describe(int launches) =>
        $"{launches} processes per pipeline (each figure is the median of the {launches} processes' BenchmarkDotNet medians), each running its implementations in process (InProcessEmitToolchain), {WarmupCount} warmups (tiered PGO needs them to reach tier 1), {IterationCount} iterations of ~{IterationMilliseconds} ms, " +
        "no overhead evaluation, MemoryDiagnoser, compare sizes (a tenth of BENCHMARKS.md's quick sizes)";

    public static IConfig Create(string artifactsPath)
    {
        var job = Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1)
            .WithWarmupCount(WarmupCount)
            .WithIterationCount(IterationCount)
            .WithIterationTime(TimeInterval.FromMilliseconds(IterationMilliseconds))
            .WithEvaluateOverhead(false)
            .WithId("compare");
        return ManualConfig.CreateEmpty()
            .AddJob(job)
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumnProvider(DefaultColumnProviders.Instance)
            .AddLogger(ConsoleLogger.Default)
            .AddFilter(new SimpleFilter(IsCompareSize))
            .WithArtifactsPath(artifactsPath)
            .WithOptions(ConfigOptions.DisableLogFile);
    }

    /// <summary>Only the compare sizes run in the comparison.</summary>
    public static bool IsCompareSize(BenchmarkCase benchmark) =>
        benchmark.Parameters["Size"] is Size { Scale: Scale.Compare };
}
