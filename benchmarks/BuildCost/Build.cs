using System.Collections.Immutable;
using System.Diagnostics;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Text;
using Streams.Generators;

namespace Streams.BuildCost;

/// <summary>Whether the build runs the fusion generator, and with fusion on or off.</summary>
internal enum Config
{
    None,
    Off,
    On,
}

/// <summary>One build: CPU milliseconds of the process (all threads) and wall milliseconds.</summary>
internal sealed record Measurement(
    double TotalCpuMs, double WallMs, double GeneratorCpuMs, double GeneratorReportedMs, double EmitCpuMs,
    int Fused, int GeneratedFiles)
{
    public override string ToString() =>
        $"{TotalCpuMs,7:F0} ms CPU ({WallMs,6:F0} ms wall): generator {GeneratorCpuMs,6:F0} ms CPU " +
        $"(driver timing {GeneratorReportedMs,5:F0} ms), emit {EmitCpuMs,6:F0} ms CPU; fused {Fused}, files {GeneratedFiles}";
}

/// <summary>A full in-process build of the site mix: parse, compilation, generator driver (unless none), emit.</summary>
internal static class Build
{
    private static readonly CSharpParseOptions ParseOptions = new CSharpParseOptions(LanguageVersion.Preview)
        .WithFeatures([new KeyValuePair<string, string>("InterceptorsNamespaces", "Streams.Generated")]);

    private static readonly CSharpCompilationOptions Options = new(
        OutputKind.DynamicallyLinkedLibrary,
        optimizationLevel: OptimizationLevel.Release,
        nullableContextOptions: NullableContextOptions.Enable,
        deterministic: true);

    private static readonly ImmutableArray<MetadataReference> References = LoadReferences();

    /// <summary>Builds the files once in <paramref name="config"/>; throws if the build has an error.</summary>
    public static Measurement Run(Config config, IReadOnlyList<(string Path, string Text)> files)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var process = Process.GetCurrentProcess();
        double Cpu()
        {
            process.Refresh();
            return process.TotalProcessorTime.TotalMilliseconds;
        }

        double start = Cpu();
        var wall = Stopwatch.StartNew();
        Compilation compilation = CSharpCompilation.Create(
            "BuildCost",
            // With an encoding, as a file read from disk has (the PDB needs it).
            files.Select(f => CSharpSyntaxTree.ParseText(SourceText.From(f.Text, Encoding.UTF8), ParseOptions, path: f.Path)),
            References,
            Options);

        double generatorCpu = 0, generatorReported = 0;
        int fused = 0, generatedFiles = 0;
        if (config != Config.None)
        {
            double before = Cpu();
            GeneratorDriver driver = CSharpGeneratorDriver.Create(
                [new FusionGenerator().AsSourceGenerator()],
                parseOptions: ParseOptions,
                optionsProvider: new FusionSwitch(config == Config.On));
            driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out compilation, out var driverDiagnostics);
            generatorCpu = Cpu() - before;
            generatorReported = driver.GetTimingInfo().ElapsedTime.TotalMilliseconds;
            var result = driver.GetRunResult().Results.Single();
            if (result.Exception is { } e) throw new InvalidOperationException("the generator threw", e);
            fused = result.Diagnostics.Count(d => d.Id == "STRM100");
            generatedFiles = result.GeneratedSources.Length;
            if (driverDiagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
            {
                throw new InvalidOperationException(string.Join("\n", driverDiagnostics));
            }
        }

        double emitStart = Cpu();
        using var pe = new MemoryStream();
        using var pdb = new MemoryStream();
        var emit = compilation.Emit(pe, pdb, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb));
        double end = Cpu();
        wall.Stop();
        if (!emit.Success)
        {
            throw new InvalidOperationException($"the {config} build failed:\n" + string.Join(
                "\n", emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(20)));
        }
        return new Measurement(end - start, wall.Elapsed.TotalMilliseconds, generatorCpu, generatorReported, end - emitStart,
            fused, generatedFiles);
    }

    /// <summary>The generated files of a fusion build of <paramref name="files"/>: (hint name, text).</summary>
    public static IReadOnlyList<(string Name, string Text)> Generate(IReadOnlyList<(string Path, string Text)> files)
    {
        Compilation compilation = CSharpCompilation.Create(
            "BuildCost",
            files.Select(f => CSharpSyntaxTree.ParseText(SourceText.From(f.Text, Encoding.UTF8), ParseOptions, path: f.Path)),
            References,
            Options);
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [new FusionGenerator().AsSourceGenerator()], parseOptions: ParseOptions, optionsProvider: new FusionSwitch(true));
        driver = driver.RunGenerators(compilation);
        return driver.GetRunResult().Results.Single().GeneratedSources
            .Select(s => (s.HintName, s.SourceText.ToString()))
            .ToList();
    }

    /// <summary>Parses, binds and emits <paramref name="files"/> without a generator: (CPU ms of it all, CPU ms of
    /// the emit). Throws if the build has an error.</summary>
    public static (double Total, double Emit) CompileOnly(IReadOnlyList<(string Path, string Text)> files, bool debug)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var process = Process.GetCurrentProcess();
        double Cpu()
        {
            process.Refresh();
            return process.TotalProcessorTime.TotalMilliseconds;
        }

        double start = Cpu();
        var compilation = CSharpCompilation.Create(
            "BuildCost",
            files.Select(f => CSharpSyntaxTree.ParseText(SourceText.From(f.Text, Encoding.UTF8), ParseOptions, path: f.Path)),
            References,
            debug ? Options.WithOptimizationLevel(OptimizationLevel.Debug) : Options);
        double emitStart = Cpu();
        using var pe = new MemoryStream();
        using var pdb = new MemoryStream();
        var emit = compilation.Emit(pe, pdb, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb));
        double end = Cpu();
        if (!emit.Success)
        {
            throw new InvalidOperationException("the build failed:\n" + string.Join(
                "\n", emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(20)));
        }
        return (end - start, end - emitStart);
    }

    // The reference assemblies a net10.0 build compiles against (the targeting pack beside the running runtime), or,
    // without a targeting pack, the runtime's own assemblies; and Streams.Pull.
    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        string runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        string version = Path.GetFileName(runtime);
        string pack = Path.GetFullPath(Path.Combine(runtime, "..", "..", "..", "packs", "Microsoft.NETCore.App.Ref", version, "ref", "net10.0"));
        var framework = Directory.Exists(pack)
            ? Directory.GetFiles(pack, "*.dll")
            : ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
                .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal)
                            || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
                .ToArray();
        return
        [
            .. framework.Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)),
            MetadataReference.CreateFromFile(typeof(Iter<>).Assembly.Location),
        ];
    }

    // Stands in for MSBuild's build_property.StreamsFusion (set by <StreamsFusion> through CompilerVisibleProperty).
    private sealed class FusionSwitch(bool on) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Global(on ? "true" : "false");

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Global.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Global.Empty;

        private sealed class Global(string? setting) : AnalyzerConfigOptions
        {
            public static readonly Global Empty = new(null);

            public override bool TryGetValue(string key, out string value)
            {
                value = setting ?? "";
                return setting is not null && key == "build_property.StreamsFusion";
            }
        }
    }
}
