using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Streams.Generators.Tests.Driver;

/// <summary>Compiles snippets against Streams.Pull, runs the fusion generator on them, and runs the result.</summary>
internal static class Harness
{
    public static readonly CSharpParseOptions ParseOptions = new CSharpParseOptions(LanguageVersion.Preview)
        .WithFeatures([new KeyValuePair<string, string>("InterceptorsNamespaces", "Streams.Generated")]);

    /// <summary>What a net10.0 project with <c>ImplicitUsings</c> imports (for sources copied from this project).</summary>
    public const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    /// <summary>The runtime's assemblies and Streams.Pull.</summary>
    public static readonly ImmutableArray<MetadataReference> References =
    [
        .. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal)
                        || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
            .Select(p => MetadataReference.CreateFromFile(p)),
        MetadataReference.CreateFromFile(typeof(Iter<>).Assembly.Location),
    ];

    /// <summary>A snippet class <c>Snippet</c> with <c>public static object Run()</c> returning <paramref name="expression"/>.</summary>
    public static string Snippet(string expression, string members = "", string attributes = "") => $$"""
        using System;
        using System.Collections.Generic;
        using Streams;

        public static class Snippet
        {
            static int Square(int x) => x * x;
        {{members}}
            {{attributes}}
            public static object Run()
            {
                var a = new[] { 1, 2, 3, 4, 5, 6, 7 };
                var it = Pull.From(a);
                int k = 2;
            _ = k;
                return {{expression}};
            }
        }
        """;

    public static CSharpCompilation Compile(params string[] sources) =>
        Compile(sources.Select((s, i) => ($"Snippet{i}.cs", s)));

    /// <summary>Compiles named sources (the path is each tree's file path) with <paramref name="options"/>, by default a
    /// library with nullable enabled.</summary>
    public static CSharpCompilation Compile(IEnumerable<(string Path, string Text)> sources, CSharpCompilationOptions? options = null) =>
        CSharpCompilation.Create(
            "Snippet",
            sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, ParseOptions, path: s.Path)),
            References,
            options ?? new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>The equivalence tables (Equivalence/Shapes.cs and IteratorShapes.cs, copied beside the test assembly) as
    /// this project compiles them, with its implicit usings.</summary>
    public static IEnumerable<(string Path, string Text)> ShapeSources()
    {
        string dir = Path.Combine(AppContext.BaseDirectory, "Sources");
        yield return ("Usings.cs", ImplicitUsings);
        yield return ("Shapes.cs", File.ReadAllText(Path.Combine(dir, "Shapes.cs.txt")));
        yield return ("IteratorShapes.cs", File.ReadAllText(Path.Combine(dir, "IteratorShapes.cs.txt")));
    }

    public static GeneratorDriver Driver(bool? fusion = null) => CSharpGeneratorDriver.Create(
        [new FusionGenerator().AsSourceGenerator()],
        parseOptions: ParseOptions,
        optionsProvider: BuildProperties.With("StreamsFusion", fusion),
        driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator; returns its result and the compilation with the generated files.</summary>
    public static (GeneratorRunResult Result, Compilation Output, GeneratorDriver Driver) Generate(
        Compilation compilation, bool? fusion = null)
    {
        var driver = Driver(fusion).RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        return (driver.GetRunResult().Results.Single(), output, driver);
    }

    /// <summary>The generated files of the fused sites, without the one shared declaration of
    /// <c>InterceptsLocationAttribute</c> that a run fusing anything adds.</summary>
    public static ImmutableArray<GeneratedSourceResult> Sites(GeneratorRunResult result) =>
        [.. result.GeneratedSources.Where(s => s.HintName != Emission.InterceptsAttribute.HintName)];

    /// <summary>Emits and runs <c>Snippet.Run()</c>; fails on any compiler error or warning.</summary>
    public static object? Execute(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var emit = compilation.Emit(stream);
        var problems = emit.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        if (!emit.Success || problems.Count > 0)
        {
            throw new InvalidOperationException("compilation failed:\n" + string.Join("\n", problems));
        }
        var context = new AssemblyLoadContext("snippet", isCollectible: true);
        try
        {
            stream.Position = 0;
            var assembly = context.LoadFromStream(stream);
            var run = assembly.GetType("Snippet")!.GetMethod("Run", BindingFlags.Public | BindingFlags.Static)!;
            try
            {
                return Describe(run.Invoke(null, null));
            }
            catch (TargetInvocationException e)
            {
                return $"threw {e.InnerException!.GetType().Name}: {e.InnerException.Message}";
            }
        }
        finally
        {
            context.Unload();
        }
    }

    private static object? Describe(object? value) => value is System.Collections.IEnumerable list and not string
        ? "[" + string.Join(",", list.Cast<object>()) + "]"
        : value;
}
