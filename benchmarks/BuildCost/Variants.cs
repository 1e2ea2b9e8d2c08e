using System.Globalization;

namespace Streams.BuildCost;

/// <summary>
/// Experiments on what compiling the generated code costs: <c>dump</c> writes the site mix and the files the
/// generator makes for it into a folder; <c>compile</c> builds a folder's files (no generator) and prints the median
/// CPU of parse, bind and emit, so that variants of the generated text (edited copies of a dump) can be compared.
/// <code>
///   dotnet run -c Release --project benchmarks/BuildCost -- dump 1000 /tmp/dump
///   dotnet run -c Release --project benchmarks/BuildCost -- compile /tmp/dump,/tmp/variant 3 [debug]
/// </code>
/// </summary>
internal static class Variants
{
    /// <summary>Writes the site mix (user/) and the generated files (generated/) of a fusion build into <paramref name="dir"/>.</summary>
    public static void Dump(int sites, string dir)
    {
        var files = SiteMix.Write(sites);
        var generated = Build.Generate(files);
        Directory.CreateDirectory(Path.Combine(dir, "user"));
        Directory.CreateDirectory(Path.Combine(dir, "generated"));
        foreach (var (path, text) in files) File.WriteAllText(Path.Combine(dir, "user", path), text);
        foreach (var (name, text) in generated) File.WriteAllText(Path.Combine(dir, "generated", name), text);
        Console.WriteLine($"{files.Count} user files, {generated.Count} generated files in {dir}");
    }

    /// <summary>Compiles every .cs file under each folder of <paramref name="dirs"/> (comma-separated)
    /// <paramref name="runs"/> times after one warm-up each, the folders in rotating order (so that every variant is
    /// built under the same load as the others, build after build), and prints the median CPU milliseconds of each
    /// folder's whole build and of its emit, and each folder's median difference to the first folder.</summary>
    public static void Compile(string dirs, int runs, bool debug)
    {
        var folders = dirs.Split(',', StringSplitOptions.RemoveEmptyEntries);
        var files = folders.Select(dir => Directory.GetFiles(dir, "*.cs", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(p => (Path: Path.GetRelativePath(dir, p), Text: File.ReadAllText(p)))
            .ToList()).ToList();
        var total = folders.Select(_ => new List<double>()).ToList();
        var emit = folders.Select(_ => new List<double>()).ToList();
        for (int d = 0; d < folders.Length; d++) Build.CompileOnly(files[d], debug); // warm-up
        for (int r = 0; r < runs; r++)
        {
            for (int j = 0; j < folders.Length; j++)
            {
                int d = (r + j) % folders.Length;
                var (t, e) = Build.CompileOnly(files[d], debug);
                total[d].Add(t);
                emit[d].Add(e);
            }
        }
        static double Median(IEnumerable<double> v)
        {
            var s = v.Order().ToArray();
            return s.Length % 2 == 1 ? s[s.Length / 2] : (s[(s.Length / 2) - 1] + s[s.Length / 2]) / 2;
        }
        for (int d = 0; d < folders.Length; d++)
        {
            // The difference to the first folder, run by run (both built in the same round), then the median.
            double delta = Median(total[d].Zip(total[0], (a, b) => a - b));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{folders[d]}: {files[d].Count} files, {files[d].Sum(f => f.Text.Length)} chars: median of {runs}: {Median(total[d]):F0} ms CPU, emit {Median(emit[d]):F0} ms CPU, {delta:+0;-0} ms against {folders[0]}"));
        }
        Console.WriteLine($"load {File.ReadAllText("/proc/loadavg").Trim()}");
    }
}
