using System.Globalization;

namespace Streams.BuildCost;

/// <summary>
/// Experiments on what compiling the generated code costs: <c>dump</c> writes the site mix and the files the
/// generator makes for it into a folder; <c>compile</c> builds a folder's files (no generator) and prints the median
/// CPU of parse, bind and emit, so that variants of the generated text (edited copies of a dump) can be compared.
/// <code>
///   dotnet run -c Release --project benchmarks/BuildCost -- dump 1000 /tmp/dump
///   dotnet run -c Release --project benchmarks/BuildCost -- compile /tmp/dump 3 [debug]
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

    /// <summary>Compiles every .cs file under <paramref name="dir"/> <paramref name="runs"/> times (after a warm-up)
    /// and prints the median CPU milliseconds of the whole build and of its emit.</summary>
    public static void Compile(string dir, int runs, bool debug)
    {
        var files = Directory.GetFiles(dir, "*.cs", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(p => (Path: Path.GetRelativePath(dir, p), Text: File.ReadAllText(p)))
            .ToList();
        var total = new List<double>();
        var emit = new List<double>();
        for (int r = 0; r <= runs; r++)
        {
            var (t, e) = Build.CompileOnly(files, debug);
            if (r == 0) continue; // warm-up
            total.Add(t);
            emit.Add(e);
        }
        static double Median(List<double> v)
        {
            var s = v.Order().ToArray();
            return s.Length % 2 == 1 ? s[s.Length / 2] : (s[(s.Length / 2) - 1] + s[s.Length / 2]) / 2;
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{dir}: {files.Count} files, {files.Sum(f => f.Text.Length)} chars: median of {runs}: {Median(total):F0} ms CPU, emit {Median(emit):F0} ms CPU; load {File.ReadAllText("/proc/loadavg").Trim()}"));
    }
}
