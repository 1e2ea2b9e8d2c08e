// The build-time cost of compile-time fusion, with the compiler in this process so that every CPU cycle of the build
// is counted (issue 20). Run it with
//
//     bash benchmarks/BuildCost/run.sh [runs, default 5] [sites, default 1000]
//
// (or `dotnet run -c Release --project benchmarks/BuildCost -- [runs] [sites]`). It writes 1,000 one-expression
// pipelines (SiteMix: eight sources, eight operator chains, eight terminals) into ten files and builds them as a
// full build does (parse, bind, generators, emit of the DLL and a portable PDB), each run from fresh syntax trees,
// in three configurations:
//   none — no generator at all (what a project without Streams.Pull's generator pays);
//   off  — the generator loaded with <StreamsFusion>false</StreamsFusion> (it still looks at every call);
//   on   — fusion (the default).
// For each, the CPU time of the process (all threads: the compiler binds and emits in parallel) over the whole build,
// of the generator driver run, and of the emit (binding and emitting all code, the generated files included), plus
// the driver's own timing (GeneratorDriverTimingInfo, wall). One warm-up build of each configuration first (the
// compiler and the generator are JIT-compiled in this process; csc is precompiled), then `runs` builds of each in
// rotating order; medians. It fails if a build has an error; it prints how many sites were fused (STRM100), and the
// per-site figures divide by that number:
//   fusion cost per site   = (on - none) / fused        (the target of issue 20: at most 5 ms)
//   generator per site     = generator CPU of on / fused
//   bind+emit per site     = (emit CPU of on - emit CPU of off) / fused    (compiling the generated code: in both
//                            builds the generator's analysis has already bound the user's code the emit reuses)
// `-- dump SITES DIR` and `-- compile DIR[,DIR...] [RUNS] [debug]` (Variants.cs) dump the generated files and build edited copies
// of them, to find what in the generated text costs the time (docs/performance-log.md, 2026-12-07).
// CPU time is less sensitive to other load than wall time, but on a shared machine it still grows with cache and
// memory contention: compare figures taken on the same machine in the same state, and quote the load average.
using System.Diagnostics;
using System.Globalization;
using Streams.BuildCost;

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
if (args.Length > 0 && args[0] == "dump")
{
    Variants.Dump(int.Parse(args[1], CultureInfo.InvariantCulture), args[2]);
    return;
}
if (args.Length > 0 && args[0] == "compile")
{
    Variants.Compile(args[1], args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3, args.Length > 3 && args[3] == "debug");
    return;
}
int runs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5;
int sites = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1000;
var files = SiteMix.Write(sites);
Console.WriteLine($"{sites} pipelines in {files.Count} files, {runs} runs per configuration after one warm-up each");

var configs = new[] { Config.None, Config.Off, Config.On };
foreach (var config in configs)
{
    var warm = Build.Run(config, files);
    Console.WriteLine($"warm-up {config,-4}: {warm}");
}
var results = configs.ToDictionary(c => c, _ => new List<Measurement>());
for (int r = 0; r < runs; r++)
{
    // Rotate the order so that no configuration always follows the same one (GC and cache state).
    for (int j = 0; j < configs.Length; j++)
    {
        var config = configs[(r + j) % configs.Length];
        var m = Build.Run(config, files);
        results[config].Add(m);
        Console.WriteLine($"run {r + 1} {config,-4}: {m}");
    }
}

static double Median(IEnumerable<double> values)
{
    var sorted = values.OrderBy(v => v).ToArray();
    return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
}

Measurement MedianOf(Config c) => new(
    Median(results[c].Select(m => m.TotalCpuMs)),
    Median(results[c].Select(m => m.WallMs)),
    Median(results[c].Select(m => m.GeneratorCpuMs)),
    Median(results[c].Select(m => m.GeneratorReportedMs)),
    Median(results[c].Select(m => m.EmitCpuMs)),
    results[c][0].Fused,
    results[c][0].GeneratedFiles);

var none = MedianOf(Config.None);
var off = MedianOf(Config.Off);
var on = MedianOf(Config.On);
Console.WriteLine();
Console.WriteLine($"medians over {runs} runs ({sites} sites):");
Console.WriteLine($"  none: {none}");
Console.WriteLine($"  off : {off}");
Console.WriteLine($"  on  : {on}");
int fused = Math.Max(on.Fused, 1);
Console.WriteLine($"fused sites: {on.Fused} of {sites} ({on.GeneratedFiles} generated files)");
Console.WriteLine(
    $"per fused site: fusion adds {(on.TotalCpuMs - none.TotalCpuMs) / fused:F2} ms CPU to the build " +
    $"({(on.TotalCpuMs - off.TotalCpuMs) / fused:F2} ms over the generator switched off); " +
    $"generator {on.GeneratorCpuMs / fused:F2} ms CPU ({on.GeneratorReportedMs / fused:F2} ms by the driver's timing); " +
    $"binding and emitting the generated code {(on.EmitCpuMs - off.EmitCpuMs) / fused:F2} ms CPU");
Console.WriteLine($"load average {File.ReadAllText("/proc/loadavg").Trim()} on {Environment.ProcessorCount} cores");
Console.WriteLine($"process: {Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds:F1} s CPU in all");
