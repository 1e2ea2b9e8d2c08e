using System.Globalization;
using Streams.Benchmarks.Data;

namespace Streams.Benchmarks.Compare;

/// <summary>
/// Measurements as tab-separated lines (with a header): how a child process hands its figures to the parent, and
/// the raw data a run leaves beside its report. A line starting with <c>FAIL</c> names a failed benchmark.
/// </summary>
public static class MeasurementFile
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    private const string Header = "mode\tpipeline\timplementation\tN\tM\telements\tscale\tmedian_ns\tallocated_bytes";

    public static IEnumerable<string> Lines(IEnumerable<Measurement> rows, IEnumerable<string> failures) =>
        rows.Select(r => string.Join('\t', r.Mode.Key(), r.Group, r.Implementation, r.Size.N.ToString(Inv), r.Size.M.ToString(Inv),
                r.Size.Elements.ToString(Inv), r.Size.Scale, r.MedianNs.ToString("R", Inv), r.AllocatedBytes?.ToString(Inv) ?? ""))
            .Concat(failures.Select(f => "FAIL\t" + f))
            .Prepend(Header);

    public static void Write(string path, IEnumerable<Measurement> rows, IEnumerable<string> failures) =>
        File.WriteAllLines(path, Lines(rows, failures));

    /// <summary>Parses <see cref="Lines"/>' output.</summary>
    /// <exception cref="FormatException">A line that is neither a measurement, a failure nor the header.</exception>
    public static (List<Measurement> Rows, List<string> Failures) Parse(IEnumerable<string> lines)
    {
        var rows = new List<Measurement>();
        var failures = new List<string>();
        foreach (var line in lines)
        {
            if (line.Length == 0 || line == Header) continue;
            var f = line.Split('\t');
            if (f[0] == "FAIL")
            {
                failures.Add(line["FAIL\t".Length..]);
                continue;
            }
            if (f.Length != 9) throw new FormatException($"Not a measurement line: '{line}'.");
            var size = new Size(long.Parse(f[3], Inv), int.Parse(f[4], Inv), long.Parse(f[5], Inv), Enum.Parse<Scale>(f[6]));
            rows.Add(new Measurement(f[1], f[2], size, double.Parse(f[7], Inv), f[8].Length == 0 ? null : long.Parse(f[8], Inv),
                Enum.Parse<RunMode>(f[0], ignoreCase: true)));
        }
        return (rows, failures);
    }

    public static (List<Measurement> Rows, List<string> Failures) Read(string path) => Parse(File.ReadAllLines(path));
}
