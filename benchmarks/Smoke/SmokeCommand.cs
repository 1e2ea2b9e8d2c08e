using System.Diagnostics;
using Streams.Benchmarks.Pipelines;
using Streams.Benchmarks.Verification;

namespace Streams.Benchmarks.Smoke;

/// <summary>
/// CI smoke: every implementation of every pipeline once at a tiny size, checked against the hand loop.
/// One line per pipeline; exit code 1 on any mismatch or exception. No timing.
/// </summary>
public static class SmokeCommand
{
    /// <summary>Every concrete pipeline class in this assembly (what BenchmarkSwitcher discovers too).</summary>
    public static IReadOnlyList<Type> PipelineTypes() =>
        typeof(PipelineBenchmark).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(PipelineBenchmark)) && !t.IsAbstract)
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .ToList();

    public static int Run(bool verbose = false)
    {
        var clock = Stopwatch.StartNew();
        int failures = 0;
        foreach (var type in PipelineTypes())
        {
            var bench = (PipelineBenchmark)Activator.CreateInstance(type)!;
            bench.Size = bench.Tiny;
            try
            {
                bench.Prepare();
                var (expected, count) = Verifier.Check(bench, verbose ? name => Console.WriteLine($"     {bench.Pipeline}.{name} ...") : null);
                Console.WriteLine($"ok   {bench.Pipeline,-22} {bench.Size,-16} {count} implementations = {expected}");
            }
            catch (Exception e)
            {
                failures++;
                Console.WriteLine($"FAIL {bench.Pipeline,-22} {bench.Size,-16} {e.Message}");
            }
        }
        Console.WriteLine(failures == 0
            ? $"smoke: all pipelines agree with the hand loop ({clock.Elapsed.TotalSeconds:F1} s)"
            : $"smoke: {failures} pipeline(s) FAILED ({clock.Elapsed.TotalSeconds:F1} s)");
        return failures == 0 ? 0 : 1;
    }
}
