using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Streams.Docs.Tests.Harness;
using Xunit;

namespace Streams.Docs.Tests;

/// <summary>The doc test can fail: each thing it promises to catch is caught on a block written to break it.</summary>
public class HarnessTests
{
    private static readonly IReadOnlyList<string> PullOnly = DocSet.Closure(Path.Combine(AppContext.BaseDirectory, "Streams.Pull.dll"));
    private static readonly IReadOnlyList<string> LawsPackage = DocSet.Closure(Path.Combine(AppContext.BaseDirectory, "Streams.Laws.dll"));

    private static DocBlock Block(string code, string? text = null) =>
        new("inline.md", 1, code, BlockKind.Complete, [], text, []);

    private static SyntaxTree Tree(string code) => CSharpSyntaxTree.ParseText(code, DocCompiler.ParseOptions);

    private static List<string> Errors(CompiledBlock c) =>
        [.. c.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Id)];

    [Fact]
    public void A_clean_block_compiles_with_nothing_reported()
    {
        var c = DocCompiler.Compile("using Streams;\nConsole.WriteLine(Pull.Range(0, 4).JoinToString(\",\"));", PullOnly);
        Assert.Empty(c.Diagnostics);
        Assert.True(c.IsProgram);
        Assert.NotNull(c.Image);
    }

    [Fact]
    public void A_call_to_an_obsolete_member_is_an_error()
    {
        var c = DocCompiler.Compile("Old();\n[Obsolete(\"use New\")] static void Old() { }", PullOnly);
        Assert.Equal(["CS0618"], Errors(c));
        Assert.Null(c.Image);
    }

    [Fact]
    public void A_nullable_warning_is_an_error()
    {
        var c = DocCompiler.Compile("string s = null;\nConsole.WriteLine(s);", PullOnly);
        Assert.Contains("CS8600", Errors(c));
    }

    [Fact]
    public void The_packaged_analyzers_run_and_their_warnings_are_errors()
    {
        var c = DocCompiler.Compile("""
            using Streams;
            var q = Pull.Of(1, 2, 3).Map(x => x * 2);
            var total = q.Sum();
            var n = q.Count();
            Console.WriteLine(total + n);
            """, PullOnly);
        Assert.Equal(["STRM001"], Errors(c));
        Assert.True(DocCompiler.AnalyzerCounts.Analyzers > 0);
    }

    [Fact]
    public void The_packaged_generator_fuses_a_pipeline()
    {
        var c = DocCompiler.Compile("using Streams;\nConsole.WriteLine(Pull.From(new[] { 1, 2, 3 }).Map(x => x * x).Sum());", PullOnly);
        Assert.Empty(c.Diagnostics);
        Assert.True(c.GeneratedFiles > 0, "no generated file: the fusion generator did not run");
        Assert.Equal("14", DocRunner.Run(c.Image!, TimeSpan.FromSeconds(60)).Trim());
    }

    [Fact]
    public void A_package_readme_sees_only_its_package_and_its_dependencies()
    {
        const string code = "using Streams;\nusing Streams.Laws;\nConsole.WriteLine(IteratorLaws.Check(() => Pull.Range(0, 3)));";
        Assert.Contains("CS0234", Errors(DocCompiler.Compile(code, PullOnly))); // Streams.Laws is not there
        Assert.Empty(DocCompiler.Compile(code, LawsPackage).Diagnostics);
        Assert.Equal(["Streams.Laws.dll", "Streams.Pull.dll"], LawsPackage.Select(Path.GetFileName));
    }

    [Fact]
    public void A_stated_output_that_differs_is_reported_and_one_that_matches_is_not()
    {
        const string code = "Console.WriteLine(\"a\");\nConsole.WriteLine(1 + 1); // 3\n";
        var c = DocCompiler.Compile(code, PullOnly);
        string printed = DocRunner.Run(c.Image!, TimeSpan.FromSeconds(60));
        Assert.Equal("a\n2\n", printed.Replace("\r\n", "\n"));
        Assert.Single(StatedOutput.Check(Block(code), c.Tree, printed));
        string right = code.Replace("// 3", "// 2");
        Assert.Empty(StatedOutput.Check(Block(right), Tree(right), printed));
        Assert.Single(StatedOutput.Check(Block("", "a\n3"), Tree(""), printed)); // a ```text block: the whole output
        Assert.Single(StatedOutput.Check(Block("", "a"), Tree(""), printed));
        Assert.Empty(StatedOutput.Check(Block("", "a\n2\n"), Tree(""), printed));
    }

    [Fact]
    public void Comments_are_matched_in_order_with_an_ellipsis_for_any_text()
    {
        var tree = Tree("""
            Console.WriteLine("x"); // "first ... line"
            Console.Write("y");     // second
            Console.WriteLine();
            """);
        Assert.Equal(["first ... line", "second"], StatedOutput.Comments(tree));
        Assert.Empty(StatedOutput.Check(Block(""), tree, "first of all, a line\nsecond\n"));
        Assert.Single(StatedOutput.Check(Block(""), tree, "second\nfirst, line\n")); // out of order
    }

    [Fact]
    public void A_program_that_throws_fails_with_what_it_printed()
    {
        var c = DocCompiler.Compile("Console.WriteLine(\"before\");\nthrow new InvalidOperationException(\"boom\");", PullOnly);
        var e = Assert.Throws<DocProgramException>(() => DocRunner.Run(c.Image!, TimeSpan.FromSeconds(60)));
        Assert.IsType<InvalidOperationException>(e.InnerException);
        Assert.Contains("before", e.Message);
    }

    [Fact]
    public void Blocks_markers_and_the_following_text_block_are_read()
    {
        var blocks = MarkdownReader.Read("m.md", """
            # title

            ```csharp
            Console.WriteLine(1);
            ```

            ```text
            1
            ```
            * a list item:
              ```cs fragment
              x.Map(f);
              ```
            ```csharp no-run
            File.ReadAllText(args[0]);
            ```
            ```csharp expect=STRM001,STRM002
            q;
            ```
            ```csharp frgament
            ```
            ```python
            print(1)
            ```
            """);
        Assert.Equal([3, 11, 14, 17, 20], blocks.Select(b => b.Line));
        Assert.Equal("1", blocks[0].ExpectedOutput);
        Assert.Equal(BlockKind.Complete, blocks[0].Kind);
        Assert.Equal(("x.Map(f);", BlockKind.Fragment), (blocks[1].Code, blocks[1].Kind));
        Assert.Null(blocks[1].ExpectedOutput);
        Assert.Equal(BlockKind.NoRun, blocks[2].Kind);
        Assert.Equal(BlockKind.ExpectDiagnostics, blocks[3].Kind);
        Assert.Equal(["STRM001", "STRM002"], blocks[3].ExpectedDiagnostics);
        Assert.NotEmpty(blocks[4].Problems); // a misspelt marker fails rather than compiling as something else
        Assert.All(blocks.Take(4), b => Assert.Empty(b.Problems));
    }
}
