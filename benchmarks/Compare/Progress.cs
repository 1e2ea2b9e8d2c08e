using System.Globalization;

namespace Streams.Benchmarks.Compare;

/// <summary>Where a compare run is and how long it will take: benchmarks started out of the total, and the time left
/// estimated from the average time of the finished ones (before any finished, from a prior guess per benchmark).</summary>
/// <param name="TotalCases">Benchmarks in the whole run (every mode and launch).</param>
/// <param name="PriorSecondsPerCase">The guess used before any benchmark finished.</param>
public sealed record Progress(int TotalCases, double PriorSecondsPerCase)
{
    /// <summary>The estimated time left when <paramref name="started"/> benchmarks have started (all but the last finished).</summary>
    public TimeSpan Left(int started, TimeSpan elapsed)
    {
        int finished = Math.Clamp(started - 1, 0, TotalCases);
        double perCase = finished > 0 ? elapsed.TotalSeconds / finished : PriorSecondsPerCase;
        return TimeSpan.FromSeconds(perCase * (TotalCases - finished));
    }

    /// <summary>"[ 3/28] isolated  cart  benchmark 29/380  elapsed 0:45  about 1:50 left".</summary>
    public string Line(int step, int steps, RunMode mode, string pipeline, int started, TimeSpan elapsed) =>
        string.Format(CultureInfo.InvariantCulture, "[{0," + Digits(steps) + "}/{1}] {2,-8}  {3,-28}  benchmark {4}/{5}  elapsed {6}  about {7} left",
            step, steps, mode.Key(), pipeline, started, TotalCases, Clock(elapsed), Clock(Left(started, elapsed)));

    /// <summary>m:ss.</summary>
    public static string Clock(TimeSpan t) => $"{(int)t.TotalMinutes}:{t.Seconds:D2}";

    private static int Digits(int n) => n.ToString(CultureInfo.InvariantCulture).Length;
}
