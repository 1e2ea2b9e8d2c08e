using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Streams.Docs.Tests.Harness;
using Xunit;
using Xunit.Abstractions;

namespace Streams.Docs.Tests;

/// <summary>Every ```csharp block of README.md, docs/*.md and the package READMEs (src/**/README.md beside a project:
/// the files packed into the nupkgs) compiles as a package user's code would, and every complete program runs and
/// prints what the text says it prints. One test case per block, named "file:line" of its opening fence.</summary>
/// <remarks>
/// <para>How a block is compiled: <see cref="DocCompiler"/> (a net10.0 console app or class library, implicit usings,
/// nullable, warnings as errors, the Streams.Pull package's generator and analyzers loaded). A package README sees only
/// its package and that package's dependencies; README.md and docs/*.md see all four packages (<see cref="DocSet"/>).
/// A block with top-level statements is a program; a block of declarations only is a library.</para>
/// <para>Markers, after the language on the fence line: <c>```csharp fragment</c> (deliberately incomplete: the test
/// case is skipped), <c>```csharp no-run</c> (compiled, not run), <c>```csharp expect=STRM001</c> (shows a diagnostic:
/// it must report exactly those IDs, as errors, and nothing else; not run).</para>
/// <para>Stated output (<see cref="StatedOutput"/>): a ```text block right after the C# block is the program's whole
/// output; a trailing comment on a statement that calls <c>Console.Write[Line]</c> is a line it prints.</para>
/// <para>Counts: <c>Compiles</c> cases passed = blocks compiled, skipped = fragments; <c>Runs_and_prints_what_it_states</c>
/// cases passed = programs run, skipped = programs marked no-run or expect=.</para>
/// </remarks>
public class DocBlockTests(ITestOutputHelper output)
{
    private static readonly TimeSpan RunTimeout = TimeSpan.FromSeconds(60);
    private static readonly ConcurrentDictionary<string, CompiledBlock> Compiled = new();

    public static TheoryData<string> Blocks => Ids(b => b.Kind != BlockKind.Fragment);

    public static TheoryData<string> Fragments => Ids(b => b.Kind == BlockKind.Fragment);

    public static TheoryData<string> Programs => Ids(b => b.Kind == BlockKind.Complete && DocCompiler.IsProgram(b.Code));

    public static TheoryData<string> ProgramsNotRun =>
        Ids(b => b.Kind is BlockKind.NoRun or BlockKind.ExpectDiagnostics && DocCompiler.IsProgram(b.Code));

    [Theory]
    [MemberData(nameof(Blocks))]
    [MemberData(nameof(Fragments), Skip = "marked `csharp fragment`: deliberately incomplete")]
    public void Compiles(string block)
    {
        var b = DocSet.Blocks[block];
        Assert.True(b.Problems.Count == 0, string.Join("\n", b.Problems));
        var compiled = CompiledOf(b);
        var found = compiled.Diagnostics.Select(d => d.Id).Distinct().Order(StringComparer.Ordinal).ToList();
        output.WriteLine($"{block}: {(compiled.IsProgram ? "program" : "library")}, {compiled.GeneratedFiles} generated files, "
            + $"compiled against {string.Join(", ", DocSet.AssembliesFor(b).Select(Path.GetFileName))}");
        if (b.Kind == BlockKind.ExpectDiagnostics)
        {
            Assert.True(found.SequenceEqual(b.ExpectedDiagnostics.Distinct().Order(StringComparer.Ordinal)),
                $"expected exactly {string.Join(", ", b.ExpectedDiagnostics)}, got:\n{Show(b, compiled)}");
            Assert.All(compiled.Diagnostics, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
        }
        else
        {
            Assert.True(compiled.Diagnostics.IsEmpty, $"{block} does not compile cleanly:\n{Show(b, compiled)}");
            Assert.NotNull(compiled.Image);
        }
    }

    [Theory]
    [MemberData(nameof(Programs))]
    [MemberData(nameof(ProgramsNotRun), Skip = "marked `csharp no-run` or `csharp expect=`: compiled, not run")]
    public void Runs_and_prints_what_it_states(string block)
    {
        var b = DocSet.Blocks[block];
        var compiled = CompiledOf(b);
        Assert.True(compiled.Image is not null, $"{block} does not compile:\n{Show(b, compiled)}");
        string printed = DocRunner.Run(compiled.Image, RunTimeout);
        output.WriteLine(printed);
        var problems = StatedOutput.Check(b, compiled.Tree, printed);
        Assert.True(problems.Count == 0, $"{block}: {string.Join("\n", problems)}");
    }

    /// <summary>The files read are README.md, every docs/*.md and every packed README, and each packed README has a
    /// block that is compiled (its front page on the package feed is checked).</summary>
    [Fact]
    public void Reads_the_docs_and_every_packed_readme()
    {
        var read = DocSet.Files.Select(f => f.Path).ToHashSet();
        Assert.Contains("README.md", read);
        foreach (var doc in Directory.EnumerateFiles(Path.Combine(DocSet.Root, "docs"), "*.md"))
            Assert.Contains("docs/" + Path.GetFileName(doc), read);
        var packages = DocSet.Files.Where(f => f.PackageAssembly is not null).ToList();
        Assert.Equal(["Streams.Async.dll", "Streams.Laws.dll", "Streams.Pull.dll", "Streams.Reactive.dll"],
            packages.Select(p => Path.GetFileName(p.PackageAssembly!)).Order(StringComparer.Ordinal));
        foreach (var p in packages)
            Assert.True(p.Blocks.Any(b => b.Kind != BlockKind.Fragment), $"{p.Path} has no compiled block");

        var blocks = DocSet.Blocks.Values.ToList();
        int fragments = blocks.Count(b => b.Kind == BlockKind.Fragment);
        int programs = blocks.Count(b => b.Kind == BlockKind.Complete && DocCompiler.IsProgram(b.Code));
        int stating = blocks.Count(b => b.Kind == BlockKind.Complete && DocCompiler.IsProgram(b.Code)
            && StatedOutput.States(b, Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(b.Code, DocCompiler.ParseOptions)));
        output.WriteLine($"{read.Count} files, {blocks.Count} C# blocks: {blocks.Count - fragments} compiled, {fragments} skipped "
            + $"(fragments); {programs} programs run, {stating} of them with a stated output checked");
    }

    private static CompiledBlock CompiledOf(DocBlock b) =>
        Compiled.GetOrAdd(b.Id, _ => DocCompiler.Compile(b.Code, DocSet.AssembliesFor(b)));

    // A diagnostic in the block is shown at its line in the markdown file (the block starts after its fence line).
    private static string Show(DocBlock b, CompiledBlock compiled) => string.Join("\n", compiled.Diagnostics.Select(d =>
        d.Location.SourceTree?.FilePath == "Block.cs"
            ? $"{b.File}:{b.Line + 1 + d.Location.GetLineSpan().StartLinePosition.Line}: {d.Id}: {d.GetMessage()}"
            : d.ToString()));

    private static TheoryData<string> Ids(Func<DocBlock, bool> which)
    {
        var data = new TheoryData<string>();
        foreach (var b in DocSet.Files.SelectMany(f => f.Blocks).Where(which)) data.Add(b.Id);
        return data;
    }
}
