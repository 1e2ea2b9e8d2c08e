using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Streams.Generators.Tests.Analyzers;

namespace Streams.Generators.Tests.CodeFixes;

/// <summary>Applies a code fix as the IDE does (an AdhocWorkspace document, the provider's first code action, its
/// changed solution), and compiles and runs a snippet, so a fix can be checked both for the text it writes and for what
/// the fixed code computes.</summary>
/// <remarks>Like <see cref="AnalyzerHarness"/>, it throws when a snippet (before or after the fix) does not compile or
/// the analyzer crashed, so a test never passes on code that did not run.</remarks>
internal static class CodeFixHarness
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Preview);

    private static readonly CSharpCompilationOptions CompilationOptions =
        new(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable);

    /// <summary>The diagnostics <paramref name="analyzer"/> reports over <paramref name="source"/> that
    /// <paramref name="fix"/> offers a code action for, and those it offers none for.</summary>
    public static (int Fixable, int NotFixable) Offered(DiagnosticAnalyzer analyzer, CodeFixProvider fix, string source)
    {
        using var workspace = new AdhocWorkspace();
        var document = AddDocument(workspace, source);
        int fixable = 0, notFixable = 0;
        foreach (var diagnostic in Diagnostics(analyzer, fix, document))
        {
            if (Actions(fix, document, diagnostic).Count > 0) fixable++;
            else notFixable++;
        }
        return (fixable, notFixable);
    }

    /// <summary><paramref name="source"/> after applying <paramref name="fix"/> to the first fixable diagnostic, again
    /// and again until none is left (a fix that leaves its own diagnostic in place fails after ten rounds).</summary>
    /// <exception cref="InvalidOperationException">The source does not compile, the analyzer threw, or a diagnostic
    /// the fix handles is offered no code action.</exception>
    public static string Fix(DiagnosticAnalyzer analyzer, CodeFixProvider fix, string source)
    {
        using var workspace = new AdhocWorkspace();
        var document = AddDocument(workspace, source);
        for (int round = 0; round < 10; round++)
        {
            var diagnostic = Diagnostics(analyzer, fix, document).FirstOrDefault();
            if (diagnostic == null) return document.GetTextAsync().Result.ToString();
            var actions = Actions(fix, document, diagnostic);
            if (actions.Count == 0) throw new InvalidOperationException("no code action for " + diagnostic);
            var operations = actions[0].GetOperationsAsync(CancellationToken.None).Result;
            var solution = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
            document = solution.GetDocument(document.Id)!;
        }
        throw new InvalidOperationException("the fix did not remove its diagnostic in ten rounds:\n" + document.GetTextAsync().Result);
    }

    /// <summary>Compiles <paramref name="source"/>, loads it in a collectible context and calls the public static
    /// method <paramref name="type"/>.<paramref name="method"/> once for each argument list.</summary>
    /// <exception cref="InvalidOperationException">The source does not compile.</exception>
    public static IReadOnlyList<object?> Run(string source, string type, string method, IEnumerable<object?[]> argumentLists)
    {
        var compilation = Compile(source);
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        if (!emitted.Success) throw new InvalidOperationException("does not emit:\n" + string.Join("\n", emitted.Diagnostics));
        image.Position = 0;
        var context = new AssemblyLoadContext("CodeFixSnippet", isCollectible: true);
        try
        {
            var entry = context.LoadFromStream(image).GetType(type, throwOnError: true)!.GetMethod(method, BindingFlags.Public | BindingFlags.Static)
                ?? throw new InvalidOperationException($"no public static {type}.{method}");
            return [.. argumentLists.Select(arguments => entry.Invoke(null, arguments))];
        }
        finally
        {
            context.Unload();
        }
    }

    private static Document AddDocument(AdhocWorkspace workspace, string source)
    {
        var project = workspace.AddProject(ProjectInfo.Create(ProjectId.CreateNewId(), VersionStamp.Default, "Snippet", "Snippet",
            LanguageNames.CSharp, compilationOptions: CompilationOptions, parseOptions: ParseOptions, metadataReferences: AnalyzerHarness.References));
        return workspace.AddDocument(project.Id, "Snippet.cs", SourceText.From(source));
    }

    // The analyzer's diagnostics the fix handles, in source order.
    private static List<Diagnostic> Diagnostics(DiagnosticAnalyzer analyzer, CodeFixProvider fix, Document document)
    {
        var compilation = document.Project.GetCompilationAsync().Result!;
        ThrowOnErrors(compilation);
        var diagnostics = compilation.WithAnalyzers([analyzer]).GetAnalyzerDiagnosticsAsync().Result;
        var crashes = diagnostics.Where(d => d.Id == AnalyzerHarness.AnalyzerCrashId).ToList();
        if (crashes.Count > 0) throw new InvalidOperationException("the analyzer threw:\n" + string.Join("\n", crashes));
        return [.. diagnostics.Where(d => fix.FixableDiagnosticIds.Contains(d.Id)).OrderBy(d => d.Location.SourceSpan.Start)];
    }

    private static List<CodeAction> Actions(CodeFixProvider fix, Document document, Diagnostic diagnostic)
    {
        var actions = new List<CodeAction>();
        var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
        fix.RegisterCodeFixesAsync(context).Wait();
        return actions;
    }

    private static CSharpCompilation Compile(string source)
    {
        var compilation = CSharpCompilation.Create("Snippet" + Guid.NewGuid().ToString("N"),
            [CSharpSyntaxTree.ParseText(source, ParseOptions)], AnalyzerHarness.References, CompilationOptions.WithOptimizationLevel(OptimizationLevel.Release));
        ThrowOnErrors(compilation);
        return compilation;
    }

    private static void ThrowOnErrors(Compilation compilation)
    {
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0) throw new InvalidOperationException("snippet does not compile:\n" + string.Join("\n", errors));
    }
}
