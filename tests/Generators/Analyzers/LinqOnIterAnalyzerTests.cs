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

    // Sequence extensions outside Streams: a third-party library's (namespace Other) and, standing in for
    // Streams.Async's ToAsyncEnumerable(this Iter<T>), one declared in the Streams namespace of the snippet.
    private static string WithOtherExtensions(string statements) => AnalyzerHarness.InMethod(statements) + """

        namespace Other
        {
            public static class Seq
            {
                public static Iter<T>[] Tee<T>(this IEnumerable<T> source, int count, bool buffered) => [];
                public static IEnumerable<(T, T)> Pairs<T>(this IEnumerable<T> source) => [];
                public static int Count(this object value) => 0;
            }

            public static class Blocks
            {
                extension<T>(IEnumerable<T> source)
                {
                    public int Window(string how) => 0;
                }
            }
        }

        namespace Streams
        {
            public static class AsyncStandIn
            {
                public static IAsyncEnumerable<T> ToAsyncEnumerable<T>(this Iter<T> source) => System.Linq.AsyncEnumerable.ToAsyncEnumerable(source.AsEnumerable());
            }
        }
        """;

    [Theory]
    [InlineData("var e = System.Linq.AsyncEnumerable.ToAsyncEnumerable(Pull.Of(1, 2));", "'ToAsyncEnumerable' on an Iter<int> binds to System.Linq.AsyncEnumerable.ToAsyncEnumerable")]
    [InlineData("var copies = Other.Seq.Tee(Pull.Of(1, 2), 2, true);", "'Tee' on an Iter<int> binds to Other.Seq.Tee")]
    [InlineData("var copies = Pull.Of(1, 2).Map(x => x + 1).Tee(2, buffered: true);", "'Tee' on an Iter<int> binds to Other.Seq.Tee")]
    [InlineData("var w = Pull.Of(1, 2).Window(\"two\");", "'Window' on an Iter<int> binds to Other.Blocks")]
    public void Warns_when_a_call_on_an_iter_binds_to_another_sequence_extension_that_streams_has(string statements, string message)
    {
        var diagnostic = Assert.Single(AnalyzerHarness.Run(new LinqOnIterAnalyzer(), "using Other;\n" + WithOtherExtensions(statements)));
        Assert.Equal("STRM002", diagnostic.Id);
        Assert.Contains(message, diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("var pairs = Pull.Of(1, 2).Pairs();")] // Streams has no Pairs
    [InlineData("var copies = Pull.Of(1, 2).Tee(2);")] // binds to Streams
    [InlineData("var e = Pull.Of(1, 2).ToAsyncEnumerable();")] // binds to Streams (the stand-in)
    [InlineData("var n = Other.Seq.Count(Pull.Of(1, 2));")] // extends object, not a sequence
    public void Does_not_warn_when_streams_lacks_the_operation_or_binds(string statements)
    {
        Assert.Empty(AnalyzerHarness.Run(new LinqOnIterAnalyzer(), "using Other;\n" + WithOtherExtensions(statements)));
    }

    [Fact]
    public void Does_not_warn_on_system_linqs_async_enumerable_when_streams_has_no_such_operation()
    {
        // Without Streams.Async (here: without its stand-in), LINQ's ToAsyncEnumerable is the only one there is.
        Assert.Empty(Run("var e = Pull.Of(1, 2).ToAsyncEnumerable();"));
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
