using System.Diagnostics;
using System.Globalization;
using Streams.Benchmarks.Data;
using Streams.Benchmarks.Pipelines;
using Streams.Benchmarks.Verification;

namespace Streams.Benchmarks.Diagnostics;

/// <summary>
/// <c>dotnet run -c Release --project benchmarks -- cart-gc-probe [--processes N]</c>: a diagnostic, not a benchmark.
/// Runs cart 10k×10 in N fresh processes (inheriting the environment, so DOTNET_* settings can be compared). In each,
/// every operation is timed on its own from a cold start (600 of them): the first one, the operation from which ten in a
/// row have a median within 1.5x of the steady median (the last 300 operations), the steady median with and without a gen0 collection during the operation,
/// the runtime's pause per collection, and how many methods the JIT compiled before and during the steady part. It
/// shows whether a slow stretch is tiering (code not yet at tier 1) or collections.
/// <c>--verify-first</c> first runs every implementation once, as the benchmarks' [GlobalSetup] verification does.
/// </summary>
public static class CartGcProbe
{
    private const int Ops = 600, Measured = 300, Window = 10;

    /// <summary>Runs the probe in <paramref name="processes"/> fresh processes, one after another.</summary>
    public static int Run(int processes, bool verifyFirst)
    {
        Console.WriteLine("process  implementation    first-op-us  steady-from-op  steady-us(no gc)  steady-us(with gc)  gen0/op  pause-ms/gc  methods-jitted(early/steady)");
        for (int p = 1; p <= processes; p++)
        {
            var start = new ProcessStartInfo(Environment.ProcessPath!) { UseShellExecute = false, RedirectStandardOutput = true };
            start.ArgumentList.Add(Commands.CartGcProbeChildCommand);
            if (verifyFirst) start.ArgumentList.Add("--verify-first");
            using var child = Process.Start(start)!;
            while (child.StandardOutput.ReadLine() is { } line) Console.WriteLine($"{p,7}  {line}");
            child.WaitForExit();
            if (child.ExitCode != 0) return child.ExitCode;
        }
        return 0;
    }

    public static int RunChild(bool verifyFirst)
    {
        var bench = new CartBenchmark { Size = new Size(10_000, 10, 100_000, Scale.Compare) };
        bench.Prepare();
        // What a benchmark's [GlobalSetup] does before any timing: every implementation once, the interop ones included.
        if (verifyFirst) Verifier.Check(bench);
        foreach (var (name, op) in new (string, Func<long>)[]
                 {
                     ("HandLoop", bench.HandLoop), ("StreamsTerminal", bench.StreamsTerminal), ("StreamsQuery", bench.StreamsQuery), ("Linq", bench.Linq),
                 })
        {
            // From a cold start, every operation timed on its own: the early ones run before tier-1 code is in place.
            var times = new double[Ops];
            var steadyWithGc = new List<double>();
            var steadyWithoutGc = new List<double>();
            int gcs0 = 0;
            var pause0 = TimeSpan.Zero;
            long jitted0 = System.Runtime.JitInfo.GetCompiledMethodCount();
            long jittedAtSteady = 0;
            for (int i = 0; i < Ops; i++)
            {
                if (i == Ops - Measured)
                {
                    gcs0 = GC.CollectionCount(0);
                    pause0 = GC.GetTotalPauseDuration();
                    jittedAtSteady = System.Runtime.JitInfo.GetCompiledMethodCount();
                }
                int before = GC.CollectionCount(0);
                long t = Stopwatch.GetTimestamp();
                op();
                times[i] = Stopwatch.GetElapsedTime(t).TotalMicroseconds;
                if (i >= Ops - Measured) (GC.CollectionCount(0) == before ? steadyWithoutGc : steadyWithGc).Add(times[i]);
            }
            double steady = Median([.. steadyWithoutGc, .. steadyWithGc]);
            // The first operation from which a window of ten has a median within 1.5x of the steady one.
            int toSteady = Enumerable.Range(0, Ops - Window).First(i => Median([.. times.AsSpan(i, Window)]) <= 1.5 * steady);
            int gcs = GC.CollectionCount(0) - gcs0;
            double pauseMs = (GC.GetTotalPauseDuration() - pause0).TotalMilliseconds;
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,-16}  {1,14:F0}  {2,17}  {3,16:F0}  {4,18}  {5,7:F2}  {6,11}  {7,19}",
                name, times[0], toSteady + 1, Median(steadyWithoutGc),
                steadyWithGc.Count == 0 ? "–" : Median(steadyWithGc).ToString("F0", CultureInfo.InvariantCulture),
                (double)gcs / Measured, gcs == 0 ? "–" : (pauseMs / gcs).ToString("F2", CultureInfo.InvariantCulture),
                $"{jittedAtSteady - jitted0}/{System.Runtime.JitInfo.GetCompiledMethodCount() - jittedAtSteady}"));
        }
        return 0;
    }

    private static double Median(List<double> xs) => xs.Count == 0 ? double.NaN : Compare.Results.Median(xs);
}
