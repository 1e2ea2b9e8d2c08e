using System.Runtime.InteropServices;

namespace Streams.Benchmarks.Compare;

/// <summary>Where the numbers came from: CPU, cores, OS, runtime, date, and how busy the machine was.</summary>
public sealed record MachineInfo(string Cpu, int Cores, string Os, string Runtime, DateTime DateUtc, string LoadAverageBefore, string LoadAverageAfter)
{
    public static MachineInfo Capture() =>
        new(CpuName(), Environment.ProcessorCount, RuntimeInformation.OSDescription, RuntimeInformation.FrameworkDescription,
            DateTime.UtcNow, LoadAverage(), "");

    private static string CpuName()
    {
        try
        {
            var line = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
            if (line is not null) return line[(line.IndexOf(':') + 1)..].Trim();
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
        return RuntimeInformation.ProcessArchitecture.ToString();
    }

    /// <summary>Whether the 1-minute load average before or after the run exceeded the core count: other work then
    /// shared the cores, and ratios (the hand loop's included) can be off by several times.</summary>
    public bool WasBusy => new[] { LoadAverageBefore, LoadAverageAfter }.Any(l =>
        double.TryParse(l.Split(' ')[0], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var one) && one > Cores);

    /// <summary>The warning a report shows for a busy machine, or null.</summary>
    public string? BusyWarning => WasBusy
        ? $"The machine was busy (load average {LoadAverageBefore} before, {LoadAverageAfter} after, on {Cores} cores): other work shared the cores, so ratios can be off by several times. Re-run on a quiet machine before quoting them."
        : null;

    /// <summary>The 1/5/15-minute load averages (Linux), to tell a quiet run from a noisy one.</summary>
    public static string LoadAverage()
    {
        try
        {
            return File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
        }
        catch (IOException)
        {
            return "n/a";
        }
    }
}
