using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Streams.Generators.Tests.Analyzers;

/// <summary>Compiles a snippet against the runtime and Streams.Pull and runs one analyzer over it.</summary>
internal static class AnalyzerHarness
{
    private static readonly ImmutableArray<MetadataReference> References =
    [
        .. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
            .Select(p => MetadataReference.CreateFromFile(p)),
        MetadataReference.CreateFromFile(typeof(Streams.Iter<>).Assembly.Location),
    ];

    public static IReadOnlyList<Diagnostic> Run(DiagnosticAnalyzer analyzer, string source, OutputKind kind = OutputKind.DynamicallyLinkedLibrary)
    {
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Preview));
        var compilation = CSharpCompilation.Create("Snippet", [tree], References,
            new CSharpCompilationOptions(kind, nullableContextOptions: NullableContextOptions.Enable));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0) throw new InvalidOperationException("snippet does not compile:\n" + string.Join("\n", errors));
        return compilation.WithAnalyzers([analyzer]).GetAnalyzerDiagnosticsAsync().Result
            .Where(d => analyzer.SupportedDiagnostics.Any(s => s.Id == d.Id)).ToList();
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
