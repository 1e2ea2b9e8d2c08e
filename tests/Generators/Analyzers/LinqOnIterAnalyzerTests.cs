using Microsoft.CodeAnalysis;
using Streams.Generators.Analyzers;
using Xunit;

namespace Streams.Generators.Tests.Analyzers;

public class LinqOnIterAnalyzerTests
{
    private static IReadOnlyList<Diagnostic> Run(string statements) =>
        AnalyzerHarness.Run(new LinqOnIterAnalyzer(), AnalyzerHarness.InMethod(statements));

    [Theory]
    [InlineData("IEnumerable<int> e = Enumerable.Select(Pull.Of(1, 2), x => x);", "Select")]
    [InlineData("var n = Enumerable.Count(Pull.Of(1, 2).Map(x => x));", "Count")]
    [InlineData("var n = System.Linq.Enumerable.Sum(Pull.Of(1, 2).Take(1));", "Sum")]
    public void Warns_when_a_call_on_an_iter_binds_to_system_linq(string statements, string method)
    {
        var diagnostic = Assert.Single(Run(statements));
        Assert.Equal("STRM002", diagnostic.Id);
        Assert.Contains($"'{method}'", diagnostic.GetMessage());
    }

    [Theory]
    [InlineData("var e = Pull.Of(1, 2).Select(x => x).Where(x => x > 0).OrderBy(x => -x).ToList();")]
    [InlineData("var e = Pull.Of(1, 2).AsEnumerable().Select(x => x).ToList();")] // leaving on purpose
    [InlineData("var e = new List<int> { 1 }.Select(x => x).Count();")]
    public void Does_not_warn_when_streams_binds_or_the_receiver_is_not_an_iter(string statements)
    {
        Assert.Empty(Run(statements));
    }

    [Fact]
    public void No_call_in_the_type_pinning_file_binds_to_system_linq()
    {
        // The compile-time pins of the Properties tests, compiled as they are: every LINQ-named call there is Streams'.
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "Streams.sln"))) root = Path.GetDirectoryName(root)!;
        var text = File.ReadAllText(Path.Combine(root, "tests", "Properties", "Pull", "Linq", "TypePinningTests.cs"));
        var source = text[..text.IndexOf("    [Fact]", StringComparison.Ordinal)]
            .Replace("using Xunit;", "using System; using System.Collections.Generic; using System.Linq; using Streams;") + "}\n";
        var diagnostics = AnalyzerHarness.Run(new LinqOnIterAnalyzer(), source);
        Assert.True(diagnostics.Count == 0, string.Join("\n", diagnostics));
    }
}
