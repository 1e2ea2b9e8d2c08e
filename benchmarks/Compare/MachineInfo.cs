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
