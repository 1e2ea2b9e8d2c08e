using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Streams.Docs.Tests.Harness;

/// <summary>What a block says it prints, and the check of a run against it.</summary>
/// <remarks>Two ways to state an output:
/// <list type="bullet">
/// <item>a ```text block right after the C# block: the program's whole output (line endings and trailing spaces
/// ignored);</item>
/// <item>a trailing <c>//</c> comment on a statement that calls <c>Console.WriteLine</c> or <c>Console.Write</c>: a line
/// the program prints, in the order of the comments (quotes around it are dropped; <c>...</c> stands for any text).
/// So such a comment must be the output, never prose: prose goes on its own line.</item>
/// </list></remarks>
internal static class StatedOutput
{
    /// <summary>The trailing comments of the statements that write to the console, in source order.</summary>
    public static IReadOnlyList<string> Comments(SyntaxTree tree) =>
    [
        .. tree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>()
            .Where(WritesToConsole)
            .Select(i => i.FirstAncestorOrSelf<StatementSyntax>())
            .OfType<StatementSyntax>()
            .Distinct()
            .Select(s => s.GetLastToken().TrailingTrivia.FirstOrDefault(t => t.IsKind(SyntaxKind.SingleLineCommentTrivia)))
            .Where(t => t.IsKind(SyntaxKind.SingleLineCommentTrivia))
            .Select(t => Unquote(t.ToString()[2..].Trim())),
    ];

    /// <summary>Whether the block states any output.</summary>
    public static bool States(DocBlock block, SyntaxTree tree) => block.ExpectedOutput is not null || Comments(tree).Count > 0;

    /// <summary>What differs between what the block states and <paramref name="output"/>; empty if nothing.</summary>
    public static IReadOnlyList<string> Check(DocBlock block, SyntaxTree tree, string output)
    {
        var problems = new List<string>();
        var printed = Lines(output);
        if (block.ExpectedOutput is { } text && !Lines(text).SequenceEqual(printed))
            problems.Add($"the ```text block after it says\n{string.Join('\n', Lines(text))}\nbut it printed\n{string.Join('\n', printed)}");
        int next = 0;
        foreach (var comment in Comments(tree))
        {
            var pattern = new Regex("^" + string.Join(".*", comment.Split("...").Select(Regex.Escape)) + "$");
            int at = printed.FindIndex(next, l => pattern.IsMatch(l));
            if (at < 0)
            {
                problems.Add($"the comment says it prints '{comment}'; not printed after line {next} of:\n{string.Join('\n', printed)}");
                break;
            }
            next = at + 1;
        }
        return problems;
    }

    private static bool WritesToConsole(InvocationExpressionSyntax invocation) =>
        invocation.Expression is MemberAccessExpressionSyntax { Name.Identifier.Text: "WriteLine" or "Write" } access
        && access.Expression.ToString() is "Console" or "System.Console";

    private static string Unquote(string s) => s.Length >= 2 && s[0] == '"' && s[^1] == '"' ? s[1..^1] : s;

    private static List<string> Lines(string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n').Select(l => l.TrimEnd()).ToList();
        while (lines.Count > 0 && lines[^1].Length == 0) lines.RemoveAt(lines.Count - 1);
        return lines;
    }
}
