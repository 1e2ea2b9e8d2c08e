using System.Reflection;
using BenchmarkDotNet.Attributes;
using Streams.Benchmarks.Data;
using Streams.Benchmarks.Pipelines;

namespace Streams.Benchmarks.Verification;

/// <summary>One implementation's result next to the hand loop's.</summary>
public sealed record Outcome(string Implementation, long? Result, Exception? Error)
{
    public bool Matches(long expected) => Error is null && Result == expected;
}

/// <summary>Some implementation of a pipeline disagreed with the hand loop (or threw).</summary>
public sealed class MismatchException(string message) : Exception(message);

/// <summary>
/// Runs every [Benchmark] of a pipeline once on its prepared inputs and compares each result with the baseline
/// (the hand loop). Used by [GlobalSetup] (before timing), by the compare command and by the CI smoke.
/// </summary>
public static class Verifier
{
    private static readonly Lock Gate = new();
    private static readonly HashSet<(Type, Size)> Verified = [];

    /// <summary>All [Benchmark] methods of a pipeline class, baseline first.</summary>
    public static IReadOnlyList<MethodInfo> Implementations(Type type) =>
        type.GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Select(m => (Method: m, Attr: m.GetCustomAttribute<BenchmarkAttribute>()))
            .Where(p => p.Attr is not null)
            .OrderByDescending(p => p.Attr!.Baseline)
            .ThenBy(p => p.Attr!.SourceCodeLineNumber)
            .Select(p => p.Method)
            .ToList();

    /// <summary>Runs each implementation once on <paramref name="bench"/>'s prepared inputs.</summary>
    /// <returns>The baseline's result and every implementation's outcome.</returns>
    public static (long Expected, IReadOnlyList<Outcome> Outcomes) Run(PipelineBenchmark bench, Action<string>? starting = null)
    {
        var methods = Implementations(bench.GetType());
        if (methods.Count == 0 || !methods[0].GetCustomAttribute<BenchmarkAttribute>()!.Baseline)
            throw new InvalidOperationException($"{bench.GetType().Name} has no [Benchmark(Baseline = true)] hand loop.");
        var outcomes = new List<Outcome>(methods.Count);
        foreach (var m in methods)
        {
            starting?.Invoke(m.Name);
            try
            {
                outcomes.Add(new Outcome(m.Name, (long)m.Invoke(bench, null)!, null));
            }
            catch (TargetInvocationException e)
            {
                outcomes.Add(new Outcome(m.Name, null, e.InnerException ?? e));
            }
        }
        if (outcomes[0].Error is { } baselineError) throw new MismatchException($"{bench.Pipeline} ({bench.Size}): the hand loop threw: {baselineError}");
        return (outcomes[0].Result!.Value, outcomes);
    }

    /// <summary>Throws <see cref="MismatchException"/> unless every implementation equals the hand loop.</summary>
    public static (long Expected, int Count) Check(PipelineBenchmark bench, Action<string>? starting = null)
    {
        var (expected, outcomes) = Run(bench, starting);
        var wrong = outcomes.Where(o => !o.Matches(expected)).ToList();
        if (wrong.Count > 0)
        {
            var lines = wrong.Select(o => o.Error is null
                ? $"  {o.Implementation} = {o.Result} (hand loop {expected})"
                : $"  {o.Implementation} threw {o.Error.GetType().Name}: {o.Error.Message}");
            throw new MismatchException($"{bench.Pipeline} ({bench.Size}): results differ from the hand loop:{Environment.NewLine}{string.Join(Environment.NewLine, lines)}");
        }
        return (expected, outcomes.Count);
    }

    /// <summary>
    /// <see cref="Check"/> once per (pipeline, size) in this process: [GlobalSetup] runs once per benchmark, and in
    /// process (the compare command) there is no point in re-verifying the same inputs for every implementation.
    /// </summary>
    public static void VerifyOnce(PipelineBenchmark bench)
    {
        var key = (bench.GetType(), bench.Size);
        lock (Gate)
        {
            if (Verified.Contains(key)) return;
        }
        Check(bench);
        lock (Gate) Verified.Add(key);
    }
}
