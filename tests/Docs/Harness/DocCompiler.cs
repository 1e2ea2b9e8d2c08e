using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Streams.Docs.Tests.Harness;

/// <summary>The result of compiling one block.</summary>
/// <param name="Tree">The block's syntax tree.</param>
/// <param name="IsProgram">Whether it has top-level statements (a console program) rather than only declarations.</param>
/// <param name="Diagnostics">Every warning and error: compiler, generated code, generator and analyzers (warnings
/// are reported as errors, as with <c>TreatWarningsAsErrors</c>).</param>
/// <param name="Image">The emitted assembly, or <see langword="null"/> if there were errors.</param>
/// <param name="GeneratedFiles">How many files the package's generator added (fused pipelines).</param>
internal sealed record CompiledBlock(SyntaxTree Tree, bool IsProgram, ImmutableArray<Diagnostic> Diagnostics, byte[]? Image, int GeneratedFiles);

/// <summary>Compiles a block as a package user's project would: a .NET 10 console app (or a class library when the
/// block declares only types) with the SDK's implicit usings, nullable enabled, warnings as errors, warning level 10
/// (the SDK's default for net10.0), the framework's reference assemblies, the given library assemblies, and the
/// analyzer assembly that Streams.Pull packs (the fusion generator and the STRM analyzers), with the interceptor
/// namespace its build props enable.</summary>
internal static class DocCompiler
{
    // What `dotnet new console` gets from <ImplicitUsings>enable</ImplicitUsings> (Microsoft.NET.Sdk.CSharp.props).
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    public static readonly CSharpParseOptions ParseOptions = new CSharpParseOptions(LanguageVersion.Default)
        .WithFeatures([new KeyValuePair<string, string>("InterceptorsNamespaces", "Streams.Generated")]);

    private static readonly Lazy<ImmutableArray<MetadataReference>> Framework = new(FrameworkReferences);
    private static readonly Lazy<PackageAnalyzers> Analyzers = new(LoadAnalyzers);

    /// <summary>The analyzer assembly the tests load: the Streams.Pull package's analyzers/dotnet/cs file.</summary>
    public static string AnalyzerPath => Path.Combine(AppContext.BaseDirectory, "analyzers", "Streams.Generators.dll");

    /// <summary>The analyzers and generators found in <see cref="AnalyzerPath"/>.</summary>
    public static (int Analyzers, int Generators) AnalyzerCounts =>
        (Analyzers.Value.Analyzers.Length, Analyzers.Value.Generators.Length);

    /// <summary>Whether <paramref name="code"/> has top-level statements (syntax only).</summary>
    public static bool IsProgram(string code) =>
        CSharpSyntaxTree.ParseText(code, ParseOptions).GetCompilationUnitRoot().Members.OfType<GlobalStatementSyntax>().Any();

    /// <summary>Compiles <paramref name="code"/> against the framework and <paramref name="libraries"/>, with the
    /// package's generator and analyzers.</summary>
    public static CompiledBlock Compile(string code, IEnumerable<string> libraries, string name = "DocBlock")
    {
        var tree = CSharpSyntaxTree.ParseText(code, ParseOptions, path: "Block.cs");
        bool isProgram = tree.GetCompilationUnitRoot().Members.OfType<GlobalStatementSyntax>().Any();
        var options = new CSharpCompilationOptions(
                isProgram ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                warningLevel: 10,
                generalDiagnosticOption: ReportDiagnostic.Error,
                // The SDK's default NoWarn for C#: assembly-unification notices. STRM004 (info, the FlatMap closure form)
                // as an error: the docs do not show the slow form of a nested pipeline unless a block says so (expect=).
                specificDiagnosticOptions: [new("CS1701", ReportDiagnostic.Suppress), new("CS1702", ReportDiagnostic.Suppress),
                    new("STRM004", ReportDiagnostic.Error)])
            .WithOptimizationLevel(OptimizationLevel.Release);
        var compilation = CSharpCompilation.Create(name,
            [tree, CSharpSyntaxTree.ParseText(ImplicitUsings, ParseOptions, path: "GlobalUsings.g.cs")],
            [.. Framework.Value, .. libraries.Select(l => MetadataReference.CreateFromFile(l))],
            options);

        var package = Analyzers.Value;
        CSharpGeneratorDriver.Create(package.Generators, parseOptions: ParseOptions)
            .RunGeneratorsAndUpdateCompilation(compilation, out var generated, out var generatorDiagnostics);
        var all = generated.WithAnalyzers(package.Analyzers, new AnalyzerOptions([]))
            .GetAllDiagnosticsAsync().GetAwaiter().GetResult();
        var diagnostics = generatorDiagnostics.Concat(all)
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .ToImmutableArray();

        byte[]? image = null;
        if (!diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            using var stream = new MemoryStream();
            var emit = generated.Emit(stream);
            diagnostics = diagnostics.AddRange(emit.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning)).Distinct().ToImmutableArray();
            if (emit.Success) image = stream.ToArray();
        }
        return new CompiledBlock(tree, isProgram, diagnostics, image, generated.SyntaxTrees.Count() - compilation.SyntaxTrees.Count());
    }

    // The reference assemblies a net10.0 project compiles against (packs/Microsoft.NETCore.App.Ref/<version>/ref/
    // net10.0 of the running dotnet), the highest version of the running runtime's major.minor; the runtime's own
    // assemblies if the pack is missing.
    private static ImmutableArray<MetadataReference> FrameworkReferences()
    {
        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var version = Environment.Version;
        var packs = Path.GetFullPath(Path.Combine(runtime, "..", "..", "..", "packs", "Microsoft.NETCore.App.Ref"));
        var tfm = $"net{version.Major}.{version.Minor}";
        var refDir = Directory.Exists(packs)
            ? Directory.EnumerateDirectories(packs)
                .Where(d => Version.TryParse(Path.GetFileName(d).Split('-')[0], out var v) && v.Major == version.Major && v.Minor == version.Minor)
                .Select(d => Path.Combine(d, "ref", tfm))
                .Where(Directory.Exists)
                .OrderByDescending(d => Version.Parse(Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(d))!).Split('-')[0]))
                .FirstOrDefault()
            : null;
        var files = refDir is not null
            ? Directory.EnumerateFiles(refDir, "*.dll")
            : Directory.EnumerateFiles(runtime, "*.dll").Where(f => Path.GetFileName(f).StartsWith("System.", StringComparison.Ordinal)
                || Path.GetFileName(f) is "netstandard.dll" or "mscorlib.dll" or "Microsoft.Win32.Primitives.dll");
        return [.. files.Select(f => MetadataReference.CreateFromFile(f))];
    }

    private sealed record PackageAnalyzers(ImmutableArray<DiagnosticAnalyzer> Analyzers, ImmutableArray<ISourceGenerator> Generators);

    // As the compiler does with an analyzer reference: every [DiagnosticAnalyzer] and [Generator] type of the file.
    private static PackageAnalyzers LoadAnalyzers()
    {
        var reference = new AnalyzerFileReference(AnalyzerPath, new Loader());
        var analyzers = reference.GetAnalyzers(LanguageNames.CSharp);
        var generators = reference.GetGenerators(LanguageNames.CSharp);
        if (analyzers.IsEmpty || generators.IsEmpty)
            throw new InvalidOperationException($"{AnalyzerPath}: {analyzers.Length} analyzers, {generators.Length} generators");
        return new PackageAnalyzers(analyzers, generators);
    }

    private sealed class Loader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => Assembly.LoadFrom(fullPath);
    }
}
