using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Streams.Generators.Tests.Driver;

namespace Streams.Generators.Tests.Vector;

/// <summary>Compiles <see cref="VectorShapes"/> with the fusion generator, vectorised or not, optionally with a
/// planted bug in the generated text, and runs its methods.</summary>
internal sealed class VectorBuild : IDisposable
{
    private readonly AssemblyLoadContext _context;
    private readonly Assembly _assembly;

    private VectorBuild(Compilation output, ImmutableArray<Diagnostic> diagnostics)
    {
        Generated = output;
        Diagnostics = diagnostics;
        using var stream = new MemoryStream();
        var emit = output.Emit(stream);
        var problems = emit.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        if (!emit.Success || problems.Count > 0)
        {
            throw new InvalidOperationException("compilation failed:\n" + string.Join("\n", problems.Take(20)));
        }
        _context = new AssemblyLoadContext("vector-shapes", isCollectible: true);
        stream.Position = 0;
        _assembly = _context.LoadFromStream(stream);
    }

    /// <summary>The compilation with the generated files.</summary>
    public Compilation Generated { get; }

    /// <summary>What the generator reported (STRM100/STRM101 per site).</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>The shapes compiled with <c>StreamsVectorize</c> set to <paramref name="vectorize"/>; each generated
    /// file's text goes through <paramref name="plant"/> first (the planted-bug rows).</summary>
    public static VectorBuild Create(bool vectorize, Func<string, string>? plant = null)
    {
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary,
            optimizationLevel: OptimizationLevel.Release, warningLevel: 9999,
            generalDiagnosticOption: ReportDiagnostic.Error, nullableContextOptions: NullableContextOptions.Enable);
        var compilation = Harness.Compile([("VectorShapes.cs", VectorShapes.Source())], options);
        GeneratorDriver driver = CSharpGeneratorDriver.Create([new FusionGenerator().AsSourceGenerator()],
            parseOptions: Harness.ParseOptions, optionsProvider: BuildProperties.With("StreamsVectorize", vectorize));
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        var result = driver.GetRunResult().Results.Single();
        if (result.Exception is not null) throw result.Exception;
        var diagnostics = driver.GetRunResult().Diagnostics;
        if (plant is not null)
        {
            foreach (var tree in output.SyntaxTrees.Where(t => !compilation.SyntaxTrees.Contains(t)).ToList())
            {
                var text = tree.GetText().ToString();
                var planted = plant(text);
                if (planted != text)
                {
                    output = output.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText(planted, Harness.ParseOptions, tree.FilePath));
                }
            }
        }
        return new VectorBuild(output, diagnostics);
    }

    /// <summary>The result of <c>Class.Name(inputs)</c> as text: a value (a float by its bits, so that -0.0, 0.0 and
    /// NaN payloads differ), or the exception's type and message.</summary>
    public string Run(string cls, string name, VectorInputs inputs) => Run(cls, name, inputs.Arguments());

    /// <summary>The result of <c>Class.Name(arguments)</c> as text, as <see cref="Run(string, string, VectorInputs)"/>.</summary>
    public string Run(string cls, string name, object[] arguments)
    {
        var method = _assembly.GetType(cls)!.GetMethod(name, BindingFlags.Public | BindingFlags.Static)!;
        try
        {
            return Describe(method.Invoke(null, arguments));
        }
        catch (TargetInvocationException e)
        {
            return $"threw {e.InnerException!.GetType().Name}: {e.InnerException.Message}";
        }
    }

    private static string Describe(object? value) => value switch
    {
        double d => $"double {BitConverter.DoubleToInt64Bits(d):X16}",
        float f => $"float {BitConverter.SingleToInt32Bits(f):X8}",
        System.Collections.IEnumerable items and not string =>
            $"{value.GetType().Name} [{string.Join(",", items.Cast<object>().Select(Describe))}]",
        _ => $"{value?.GetType().Name} {value}",
    };

    public void Dispose() => _context.Unload();
}
