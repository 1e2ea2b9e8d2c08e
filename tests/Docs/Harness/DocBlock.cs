namespace Streams.Docs.Tests.Harness;

/// <summary>What a block's info string (```csharp &lt;marker&gt;) asks of the test.</summary>
internal enum BlockKind
{
    /// <summary>No marker: compiled with warnings as errors; run if it is a program.</summary>
    Complete,

    /// <summary><c>fragment</c>: deliberately incomplete (names from the surrounding text); skipped.</summary>
    Fragment,

    /// <summary><c>no-run</c>: compiled, not run (it needs what a reader has and the test has not, such as a file).</summary>
    NoRun,

    /// <summary><c>expect=ID[,ID]</c>: shows a diagnostic; must report exactly those IDs and nothing else; not run.</summary>
    ExpectDiagnostics,
}

/// <summary>One fenced C# block of a markdown file.</summary>
/// <param name="File">The markdown file, relative to the repository root, with '/' separators.</param>
/// <param name="Line">The 1-based line of the opening fence.</param>
/// <param name="Code">The block's text, its fence indentation removed.</param>
/// <param name="Kind">What the marker asks.</param>
/// <param name="ExpectedDiagnostics">The IDs an <see cref="BlockKind.ExpectDiagnostics"/> block must report.</param>
/// <param name="ExpectedOutput">The text of a ```text block right after this one (blank lines between allowed): the
/// program's whole output.</param>
/// <param name="Problems">Markers the reader did not understand (a typo must fail, not silently skip).</param>
internal sealed record DocBlock(
    string File,
    int Line,
    string Code,
    BlockKind Kind,
    IReadOnlyList<string> ExpectedDiagnostics,
    string? ExpectedOutput,
    IReadOnlyList<string> Problems)
{
    /// <summary>"file:line", the test case's name.</summary>
    public string Id => $"{File}:{Line}";
}
