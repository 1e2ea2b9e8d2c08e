using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Streams.Generators.Tests.Analyzers;

/// <summary>Compiles a snippet against the runtime and Streams.Pull and runs one analyzer over it.</summary>
/// <remarks>A result is only worth asserting on when the analyzer really ran over valid code, so <c>Run</c>
/// throws (and the test fails) when the snippet has a compiler error or the analyzer crashed (Roslyn turns an
/// exception in an analyzer into an AD0001 diagnostic; kept with the rest, it would make every "does not warn" test
/// pass).</remarks>
internal static class AnalyzerHarness
{
    /// <summary>The diagnostic Roslyn reports in place of an analyzer's exception.</summary>
    public const string AnalyzerCrashId = "AD0001";

    /// <summary>What a snippet compiles against: the runtime's System assemblies and Streams.Pull.</summary>
    internal static readonly ImmutableArray<MetadataReference> References =
    [
        .. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
            .Select(p => MetadataReference.CreateFromFile(p)),
        MetadataReference.CreateFromFile(typeof(Streams.Iter<>).Assembly.Location),
    ];

    /// <summary>The analyzer's own diagnostics over <paramref name="source"/>.</summary>
    /// <exception cref="InvalidOperationException">The snippet does not compile, or the analyzer threw (AD0001).</exception>
    public static IReadOnlyList<Diagnostic> Run(DiagnosticAnalyzer analyzer, string source, OutputKind kind = OutputKind.DynamicallyLinkedLibrary) =>
        Run(analyzer, [source], kind);

    /// <summary>The analyzer's own diagnostics over a compilation of several files.</summary>
    /// <exception cref="InvalidOperationException">A file does not compile, or the analyzer threw (AD0001).</exception>
    public static IReadOnlyList<Diagnostic> Run(DiagnosticAnalyzer analyzer, string[] sources, OutputKind kind = OutputKind.DynamicallyLinkedLibrary) =>
        Run(analyzer, sources, [], kind);

    /// <summary>The analyzer's own diagnostics over a compilation of several files that also references
    /// <paramref name="libraries"/> (see <see cref="Library"/>).</summary>
    /// <exception cref="InvalidOperationException">A file does not compile, or the analyzer threw (AD0001).</exception>
    public static IReadOnlyList<Diagnostic> Run(DiagnosticAnalyzer analyzer, string[] sources, MetadataReference[] libraries, OutputKind kind = OutputKind.DynamicallyLinkedLibrary)
    {
        var compilation = Compile("Snippet", sources, libraries, kind);
        var diagnostics = compilation.WithAnalyzers([analyzer]).GetAnalyzerDiagnosticsAsync().Result;
        var crashes = diagnostics.Where(d => d.Id == AnalyzerCrashId).ToList();
        if (crashes.Count > 0) throw new InvalidOperationException("the analyzer threw:\n" + string.Join("\n", crashes));
        return diagnostics.Where(d => analyzer.SupportedDiagnostics.Any(s => s.Id == d.Id)).ToList();
    }

    /// <summary>Compiles <paramref name="source"/> into an assembly of its own, to reference as code outside the
    /// compilation under analysis.</summary>
    /// <exception cref="InvalidOperationException">The source does not compile.</exception>
    public static MetadataReference Library(string name, string source)
    {
        using var image = new MemoryStream();
        var result = Compile(name, [source], [], OutputKind.DynamicallyLinkedLibrary).Emit(image);
        if (!result.Success) throw new InvalidOperationException("library does not compile:\n" + string.Join("\n", result.Diagnostics));
        return MetadataReference.CreateFromImage(image.ToArray());
    }

    private static CSharpCompilation Compile(string name, string[] sources, MetadataReference[] libraries, OutputKind kind)
    {
        var trees = sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, new CSharpParseOptions(LanguageVersion.Preview), path: $"{name}{i}.cs"));
        var compilation = CSharpCompilation.Create(name, trees, [.. References, .. libraries],
            new CSharpCompilationOptions(kind, nullableContextOptions: NullableContextOptions.Enable));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0) throw new InvalidOperationException("snippet does not compile:\n" + string.Join("\n", errors));
        return compilation;
    }

    /// <summary>Wraps statements in a method with <c>using Streams; using System.Linq;</c> in scope.</summary>
    public static string InMethod(string statements) => $$"""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using Streams;

        public static class Snippet
        {
            public static object? Run(bool flag)
            {
                {{statements}}
                return null;
            }
        }
        """;
}
