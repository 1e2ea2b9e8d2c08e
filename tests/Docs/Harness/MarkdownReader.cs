using System.Text.RegularExpressions;

namespace Streams.Docs.Tests.Harness;

/// <summary>Finds the fenced C# blocks of a markdown text (CommonMark fences of backticks or tildes, indented or not,
/// as in list items) and the ```text block that may follow each.</summary>
internal static partial class MarkdownReader
{
    private static readonly HashSet<string> CSharp = new(["csharp", "cs", "c#"], StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex(@"^(?<indent> *)(?<fence>`{3,}|~{3,})\s*(?<info>[^`]*?)\s*$")]
    private static partial Regex Fence();

    /// <summary>The C# blocks of <paramref name="markdown"/>, in order.</summary>
    public static IReadOnlyList<DocBlock> Read(string file, string markdown)
    {
        var lines = markdown.Replace("\r\n", "\n").Split('\n');
        var fences = Fences(lines);
        var blocks = new List<DocBlock>();
        for (int i = 0; i < fences.Count; i++)
        {
            var f = fences[i];
            var words = f.Info.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0 || !CSharp.Contains(words[0])) continue;
            string? output = null;
            if (i + 1 < fences.Count && fences[i + 1].Info == "text"
                && lines[(f.End + 1)..fences[i + 1].Start].All(string.IsNullOrWhiteSpace))
                output = fences[i + 1].Body;
            var (kind, expected, problems) = Markers(words[1..]);
            blocks.Add(new DocBlock(file, f.Start + 1, f.Body, kind, expected, output, problems));
        }
        return blocks;
    }

    private static (BlockKind, IReadOnlyList<string>, IReadOnlyList<string>) Markers(string[] words)
    {
        var kind = BlockKind.Complete;
        var expected = new List<string>();
        var problems = new List<string>();
        foreach (var w in words)
        {
            if (w == "fragment") kind = BlockKind.Fragment;
            else if (w == "no-run") kind = BlockKind.NoRun;
            else if (w.StartsWith("expect=", StringComparison.Ordinal) && w.Length > "expect=".Length)
            {
                kind = BlockKind.ExpectDiagnostics;
                expected.AddRange(w["expect=".Length..].Split(',', StringSplitOptions.RemoveEmptyEntries));
            }
            else problems.Add($"unknown marker '{w}' (known: fragment, no-run, expect=ID[,ID])");
        }
        if (words.Length > 1) problems.Add($"more than one marker: {string.Join(' ', words)}");
        return (kind, expected, problems);
    }

    private sealed record FenceBlock(int Start, int End, string Info, string Body);

    // Every fenced block (of any language), so that a ```text block is paired only with the block right before it.
    private static List<FenceBlock> Fences(string[] lines)
    {
        var result = new List<FenceBlock>();
        for (int i = 0; i < lines.Length; i++)
        {
            var open = Fence().Match(lines[i]);
            if (!open.Success) continue;
            int indent = open.Groups["indent"].Length;
            string fence = open.Groups["fence"].Value;
            int end = i + 1;
            while (end < lines.Length && !Closes(lines[end], fence)) end++;
            var body = lines[(i + 1)..Math.Min(end, lines.Length)].Select(l => Unindent(l, indent));
            result.Add(new FenceBlock(i, end, open.Groups["info"].Value, string.Join('\n', body)));
            i = end;
        }
        return result;
    }

    private static bool Closes(string line, string fence)
    {
        var t = line.Trim();
        return t.Length >= fence.Length && t.All(c => c == fence[0]);
    }

    private static string Unindent(string line, int indent)
    {
        int n = 0;
        while (n < indent && n < line.Length && line[n] == ' ') n++;
        return line[n..];
    }
}
