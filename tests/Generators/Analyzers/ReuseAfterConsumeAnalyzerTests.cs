using Streams.Generators.Analyzers;
using Xunit;

namespace Streams.Generators.Tests.Analyzers;

public class ReuseAfterConsumeAnalyzerTests
{
    private static IReadOnlyList<Microsoft.CodeAnalysis.Diagnostic> Run(string statements) =>
        AnalyzerHarness.Run(new ReuseAfterConsumeAnalyzer(), AnalyzerHarness.InMethod(statements));

    [Theory]
    [InlineData("var q = Pull.Of(1, 2, 3); var total = q.Sum(); var n = q.Count();", "Sum()")]
    [InlineData("var q = Pull.Of(1, 2, 3).Map(x => x * 2); var list = q.ToList(); foreach (var x in q) { }", "ToList()")]
    [InlineData("var q = Pull.Of(1, 2, 3); foreach (var x in q) { Console.WriteLine(x); } var again = q.First();", "a complete foreach")]
    [InlineData("Iter<int> q = Pull.Of(1, 2); q.ForEach(Console.WriteLine); if (flag) { var n = q.LongCount(); }", "ForEach()")]
    [InlineData("var q = Pull.Of(1, 2); var s = q.JoinToString(\", \"); return q.Count();", "JoinToString()")]
    [InlineData("var q = Pull.Of(1, 2); foreach (var x in q) { foreach (var y in Pull.Of(x)) { break; } } var n = q.Count();", "a complete foreach")]
    public void Warns_on_a_use_after_a_consuming_terminal_or_foreach(string statements, string by)
    {
        var diagnostic = Assert.Single(Run(statements));
        Assert.Equal("STRM001", diagnostic.Id);
        Assert.Contains(by, diagnostic.GetMessage());
    }

    [Theory]
    [InlineData("var q = Pull.Of(1, 2, 3); var first = q.First(); var rest = q.ToList();")] // First leaves the rest
    [InlineData("var q = Pull.Of(1, 2, 3); if (q.Any(x => x > 1)) { var rest = q.ToList(); }")]
    [InlineData("var q = Pull.Of(1, 2, 3); foreach (var x in q) { if (x > 1) break; } var rest = q.ToList();")]
    [InlineData("var q = Pull.Of(1, 2, 3); var n = q.Count(); q = Pull.Of(4); var m = q.Count();")] // reassigned
    [InlineData("var q = Pull.Of(1, 2, 3); if (flag) { var n = q.Count(); } else { var m = q.Sum(); }")] // other branch
    [InlineData("var q = Pull.Of(1, 2, 3); Func<int> later = () => q.Count(); var now = q.Sum();")] // lambda runs later
    [InlineData("var xs = new List<int> { 1, 2 }; var n = xs.Count(); var m = xs.Sum();")] // not an Iter
    [InlineData("var q = Pull.Of(1, 2, 3); foreach (var x in q) { if (x > 1) return x; } var n = q.Count();")]
    public void Does_not_warn_where_the_second_use_is_legitimate(string statements)
    {
        Assert.Empty(Run(statements));
    }
}
