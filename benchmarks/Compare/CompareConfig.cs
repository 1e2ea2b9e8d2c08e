using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;
using Streams.Benchmarks.Data;

namespace Streams.Benchmarks.Compare;

/// <summary>How long each benchmark of a compare run is measured, and in how many processes.</summary>
/// <param name="Name">"quick" (the default) or "thorough".</param>
/// <param name="Launches">Processes per pipeline (isolated) and shared processes; each figure is the median over them.</param>
/// <param name="Warmups">Warmup iterations per benchmark.</param>
/// <param name="Iterations">Measured iterations per benchmark.</param>
/// <param name="IterationMilliseconds">Target length of one iteration.</param>
public sealed record JobProfile(string Name, int Launches, int Warmups, int Iterations, int IterationMilliseconds)
{
    /// <summary>The default: one launch per mode, short iterations (the whole run fits in about three minutes on 2 cores).</summary>
    public static readonly JobProfile Quick = new("quick", 1, 3, 5, 15);

    /// <summary>--thorough: three launches per mode, longer warmups and iterations (about a quarter of an hour on 2 cores).</summary>
    public static readonly JobProfile Thorough = new("thorough", 3, 6, 5, 50);

    /// <summary>The profile in words, for the report.</summary>
    public string Describe() =>
        $"{Name}: {Launches} launch(es) per mode (a figure is the median of the launches' medians); BenchmarkDotNet in process " +
        $"(InProcessEmitToolchain), {Warmups} warmups, {Iterations} iterations of ~{IterationMilliseconds} ms, no overhead evaluation, " +
        "MemoryDiagnoser, compare sizes (docs/benchmarks.md); child processes run with DOTNET_TC_CallCountingDelayMs=0 so that tier-1 code with PGO is reached within the warmups";
}

/// <summary>The BenchmarkDotNet configuration of a compare child process.</summary>
public static class CompareConfig
{
    /// <summary>Environment of every child process: tier-up starts after 30 calls without the runtime's default 100 ms
    /// quiet period (reset by every method compiled), so short warmups reach tier-1 code with PGO, as long runs do.</summary>
    public static readonly IReadOnlyDictionary<string, string> ChildEnvironment = new Dictionary<string, string>
    {
        ["DOTNET_TC_CallCountingDelayMs"] = "0",
    };

    public static IConfig Create(JobProfile profile, string artifactsPath, ILogger log, BenchmarkDotNet.EventProcessors.EventProcessor progress)
    {
        var job = Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1)
            .WithWarmupCount(profile.Warmups)
            .WithIterationCount(profile.Iterations)
            .WithIterationTime(TimeInterval.FromMilliseconds(profile.IterationMilliseconds))
            .WithEvaluateOverhead(false)
            .WithId("compare");
        return ManualConfig.CreateEmpty()
            .AddJob(job)
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumnProvider(DefaultColumnProviders.Instance)
            .AddExporter(MarkdownExporter.GitHub)
            .AddLogger(log)
            .AddEventProcessor(progress)
            .AddFilter(new SimpleFilter(IsCompareSize))
            .WithArtifactsPath(artifactsPath)
            .WithOptions(ConfigOptions.DisableLogFile);
    }

    /// <summary>Only the compare sizes run in the comparison.</summary>
    public static bool IsCompareSize(BenchmarkCase benchmark) =>
        benchmark.Parameters["Size"] is Size { Scale: Scale.Compare };
}
