using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;
using Xunit.Abstractions;

namespace Streams.Generators.Tests.Driver;

/// <summary>
/// Every site accounted for, on the project's own realistic code: each pipeline call site of samples/**/*.cs and of
/// every <c>```csharp</c> block of README.md, docs/*.md and src/**/README.md (fragments excluded), each compiled alone
/// with the generator, gets STRM100 or STRM101 at it. A pipeline call site is the outermost call of a chain: a
/// <c>Streams.Pull</c> extension call (operator or terminal) that is neither the receiver nor an argument of another
/// one, or a query expression over Streams not continued by such a call. The test output gives the counts (the
/// fraction fused is docs/fusion.md's measure) and lists every site that is not fused, with its reason.
/// </summary>
/// <remarks>The blocks are compiled against Streams.Pull only: a sample that uses the interop packages binds some calls
/// to error types, and its report then names what the generator saw.</remarks>
public class RealisticCodeAccountingTests(ITestOutputHelper output)
{
    [Fact]
    public void Every_pipeline_site_in_samples_and_docs_reports_whether_it_was_fused()
    {
        string root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "Streams.sln"))) root = Path.GetDirectoryName(root)!;
        var units = new List<(string Name, string Text)>();
        foreach (var f in Directory.GetFiles(Path.Combine(root, "samples"), "*.cs", SearchOption.AllDirectories))
        {
            if (f.Contains("/obj/") || f.Contains("/bin/")) continue;
            units.Add((Path.GetRelativePath(root, f), File.ReadAllText(f)));
        }
        var mds = new List<string> { Path.Combine(root, "README.md") };
        mds.AddRange(Directory.GetFiles(Path.Combine(root, "docs"), "*.md"));
        mds.AddRange(Directory.GetFiles(Path.Combine(root, "src"), "README.md", SearchOption.AllDirectories));
        foreach (var md in mds)
        {
            var lines = File.ReadAllLines(md);
            for (int i = 0; i < lines.Length; i++)
            {
                var open = lines[i].Trim();
                if (!open.StartsWith("```csharp", StringComparison.Ordinal)) continue;
                int j = i + 1;
                var body = new List<string>();
                while (j < lines.Length && lines[j].Trim() != "```") body.Add(lines[j++]);
                if (!open.Contains("fragment")) units.Add(($"{Path.GetRelativePath(root, md)}:{i + 1}", string.Join("\n", body)));
                i = j;
            }
        }
        int fused = 0, reported = 0, silent = 0;
        var silentList = new List<string>();
        var notFused = new List<string>();
        foreach (var (name, text) in units)
        {
            var compilation = Harness.Compile(new[] { ("Usings.cs", Harness.ImplicitUsings), (name, text) },
                new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
            var (result, _, _) = Harness.Generate(compilation);
            var reports = result.Diagnostics.Where(d => d.Id is "STRM100" or "STRM101")
                .GroupBy(d => d.Location.SourceSpan.Start).ToDictionary(g => g.Key, g => g.First());
            var tree = compilation.SyntaxTrees.Last();
            var model = compilation.GetSemanticModel(tree);
            foreach (var node in tree.GetRoot().DescendantNodes())
            {
                if (!IsSite(node, model)) continue;
                var line = node.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
                var what = $"{name}+{line}: {Regex.Replace(node.ToString(), "\\s+", " ")}";
                if (reports.TryGetValue(node.SpanStart, out var d))
                {
                    if (d.Id == "STRM100") fused++;
                    else { reported++; notFused.Add(what + "  => " + d.GetMessage()); }
                }
                else
                {
                    silent++;
                    silentList.Add(what);
                }
            }
        }
        int all = fused + reported + silent;
        output.WriteLine($"units {units.Count}; pipeline sites {all}: STRM100 {fused}, STRM101 {reported}, silent {silent}; fused {100.0 * fused / Math.Max(all, 1):F1}%");
        foreach (var s in notFused) output.WriteLine("STRM101 " + s);
        foreach (var s in silentList) output.WriteLine("SILENT  " + s);
        Assert.True(units.Count > 10 && all > 20, $"the scan found too little to measure: {units.Count} units, {all} sites");
        Assert.True(silent == 0, "sites with no STRM100/STRM101:\n" + string.Join("\n", silentList));
    }

    private static bool IsPullCall(SyntaxNode node, SemanticModel model) =>
        node is InvocationExpressionSyntax && model.GetSymbolInfo(node).Symbol is IMethodSymbol m
        && m.IsExtensionMethod && (m.ReducedFrom ?? m).ContainingType?.ToDisplayString() == "Streams.Pull";

    private static bool IsPullQuery(SyntaxNode node, SemanticModel model) =>
        node is QueryExpressionSyntax q && model.GetOperation(q) is Microsoft.CodeAnalysis.Operations.ITranslatedQueryOperation t
        && t.Operation is Microsoft.CodeAnalysis.Operations.IInvocationOperation inv
        && inv.TargetMethod.ContainingType?.ToDisplayString() == "Streams.Pull";

    // The outermost call of a chain (or a query not under a call): not the receiver or an argument of a Pull call.
    private static bool IsSite(SyntaxNode node, SemanticModel model)
    {
        if (!IsPullCall(node, model) && !IsPullQuery(node, model)) return false;
        var up = node.Parent;
        while (up is ParenthesizedExpressionSyntax) up = up.Parent;
        if (up is MemberAccessExpressionSyntax { Parent: InvocationExpressionSyntax outer } && IsPullCall(outer, model)) return false;
        if (up is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax owner } } && IsPullCall(owner, model)) return false;
        // The expression body of a lambda passed to a Pull call (FlatMap's inner pipeline) is part of that call's site:
        // the outer call's STRM100/STRM101 says whether it runs in the outer loop.
        if (up is LambdaExpressionSyntax { Parent: ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax lambdaOwner } } }
            && IsPullCall(lambdaOwner, model)) return false;
        return true;
    }
}
