using Microsoft.CodeAnalysis;
using Streams.Generators.Analyzers;
using Xunit;

namespace Streams.Generators.Tests.Analyzers;

public class MultipleEnumerationAnalyzerTests
{
    // A caller that hands Pull.Range(0, 5) to Helper, and Helper's body (a method of the same compilation).
    private static string Program(string helper, string call = "Helper(Pull.Range(0, 5))") => $$"""
        using System;
        using System.Collections;
        using System.Collections.Generic;
        using System.Linq;
        using Streams;

        public static class Snippet
        {
            public static object? Run(bool flag) => {{call}};

            {{helper}}
        }
        """;

    private static IReadOnlyList<Diagnostic> Run(string helper, string call = "Helper(Pull.Range(0, 5))") =>
        AnalyzerHarness.Run(new MultipleEnumerationAnalyzer(), Program(helper, call));

    [Theory]
    // The two traps of issue 23: a count that misses the element Any() and First() took, and a foreach that misses
    // the element Any() took.
    [InlineData("""static string Helper(IEnumerable<int> xs) => xs.Any() ? $"first={xs.First()} count={xs.Count()}" : "empty";""", "Any() on line 11, then First() on line 11")]
    [InlineData("""static int Helper(IEnumerable<int> items) { int n = 0; if (items.Any()) foreach (var s in items) n += s; return n; }""", "Any() on line 11, then foreach on line 11")]
    [InlineData("static int Helper(IEnumerable<int> xs) { var list = xs.ToList(); return list.Count + xs.Sum(); }", "ToList() on line 11, then Sum() on line 11")]
    // One use that a loop repeats.
    [InlineData("static int Helper(IEnumerable<int> xs) { int n = 0; for (int i = 0; i < 3; i++) n += xs.ElementAt(i); return n; }", "ElementAt() on line 11, in a loop")]
    // Non-generic IEnumerable, a GetEnumerator call and a spread count too.
    [InlineData("static int Helper(IEnumerable xs) { int n = 0; foreach (var x in xs) n++; var e = xs.GetEnumerator(); return n; }", "foreach on line 11, then GetEnumerator() on line 11")]
    [InlineData("static int Helper(IEnumerable<int> xs) { int[] a = [.. xs]; return a.Length + xs.Count(); }", "a spread (..) on line 11, then Count() on line 11")]
    // Handed on to a method of the compilation that enumerates it twice, and a method that enumerates, then hands on
    // to one that enumerates once.
    [InlineData("static int Helper(IEnumerable<int> xs) => Inner(xs); static int Inner(IEnumerable<int> ys) => ys.Sum() + ys.Count();", "Inner() on line 11, which enumerates it more than once: Sum() on line 11, then Count() on line 11")]
    [InlineData("static int Helper(IEnumerable<int> xs) { var n = xs.Count(); return n + Inner(xs); } static int Inner(IEnumerable<int> ys) => ys.Max();", "Count() on line 11, then Inner() on line 11")]
    public void Warns_on_an_iter_passed_to_a_method_that_enumerates_it_twice(string helper, string why)
    {
        var diagnostic = Assert.Single(Run(helper));
        Assert.Equal("STRM003", diagnostic.Id);
        Assert.Contains($"({why})", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("An Iter<int> is one pass", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("Helper(", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Equal("Pull.Range(0, 5)", diagnostic.Location.SourceTree!.ToString().Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length));
        Assert.NotEmpty(diagnostic.AdditionalLocations);
    }

    [Fact]
    public void Warns_on_a_local_function_and_an_extension_method_receiver()
    {
        const string local = "static int Helper(Iter<int> it) { return Twice(it); static int Twice(IEnumerable<int> ys) => ys.Min() + ys.Max(); }";
        Assert.Equal("STRM003", Assert.Single(Run(local)).Id);
        const string extension = "public static int Helper(this IEnumerable<int> xs) => xs.Min() + xs.Max();";
        Assert.Equal("STRM003", Assert.Single(Run(extension, "Pull.Range(0, 5).Map(x => x + 1).Helper()")).Id);
    }

    [Fact]
    public void Warns_in_a_top_level_program_with_a_local_function()
    {
        // The shape of the example in docs/analyzers.md.
        const string program = """
            using System.Collections.Generic;
            using System.Linq;
            using Streams;

            System.Console.WriteLine(Describe(Pull.Range(0, 5)));

            static string Describe(IEnumerable<int> xs) => xs.Any() ? $"first={xs.First()} count={xs.Count()}" : "empty";
            """;
        var diagnostic = Assert.Single(AnalyzerHarness.Run(new MultipleEnumerationAnalyzer(), [program], OutputKind.ConsoleApplication));
        Assert.Contains("(Any() on line 7, then First() on line 7)", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void Does_not_look_into_a_method_of_another_assembly()
    {
        const string twice = "using System.Collections.Generic; using System.Linq; public static class Other { public static int Twice(IEnumerable<int> xs) => xs.Sum() + xs.Count(); }";
        var call = Program("", "Other.Twice(Pull.Range(0, 5))");
        // The same method in another file of the compilation warns (the control); compiled into a referenced
        // assembly, it is not looked into.
        Assert.Equal("STRM003", Assert.Single(AnalyzerHarness.Run(new MultipleEnumerationAnalyzer(), [call, twice])).Id);
        Assert.Empty(AnalyzerHarness.Run(new MultipleEnumerationAnalyzer(), [call], [AnalyzerHarness.Library("Other", twice)]));
    }

    [Theory]
    // One enumeration.
    [InlineData("static int Helper(IEnumerable<int> xs) => xs.Sum();")]
    [InlineData("static int Helper(IEnumerable<int> xs) { int n = 0; foreach (var x in xs) n += x; return n; }")]
    // Passed along once, to a method outside the compilation or to one of it that enumerates once.
    [InlineData("static string Helper(IEnumerable<int> xs) => string.Join(\", \", xs);")]
    [InlineData("static int Helper(IEnumerable<int> xs) => Inner(xs); static int Inner(IEnumerable<int> ys) => ys.Sum();")]
    // Two uses on different paths.
    [InlineData("static int Helper(IEnumerable<int> xs) => DateTime.Now.Second > 30 ? xs.Sum() : xs.Count();")]
    [InlineData("static int Helper(IEnumerable<int> xs) { if (DateTime.Now.Second > 30) return xs.Sum(); return xs.Count(); }")]
    // Looks without enumerating, then enumerates once.
    [InlineData("static int Helper(IEnumerable<int> xs) => xs is ICollection<int> c ? c.Count : xs.TryGetNonEnumeratedCount(out var n) ? n : xs.Count();")]
    [InlineData("static int Helper(IEnumerable<int> xs) { if (xs == null) return 0; Console.WriteLine(xs); return xs.Count(); }")]
    // Collected once, then the list is reused: the fix the message suggests.
    [InlineData("static int Helper(IEnumerable<int> xs) { xs = xs.ToList(); return xs.Sum() + xs.Count(); }")]
    [InlineData("static int Helper(IEnumerable<int> xs) { var list = xs.ToList(); return list.Sum() + list.Count; }")]
    // A loop that enumerates once (the foreach's collection is evaluated once).
    [InlineData("static int Helper(IEnumerable<int> xs) { int n = 0; foreach (var x in xs) { n += x; } while (n > 100) n /= 2; return n; }")]
    public void Does_not_warn_where_the_parameter_is_enumerated_at_most_once(string helper)
    {
        Assert.Empty(Run(helper));
    }

    [Theory]
    // Passed to a method outside the compilation (System.Linq's SequenceEqual reads each argument once).
    [InlineData("static int Helper(IEnumerable<int> xs) => 0;", "Enumerable.SequenceEqual(Pull.Range(0, 5), Pull.Range(0, 5)) ? 1 : 0")]
    // Not an Iter: a list can be enumerated again.
    [InlineData("static int Helper(IEnumerable<int> xs) => xs.Sum() + xs.Count();", "Helper(new List<int> { 1, 2 })")]
    // Enumerated twice, but handed a list collected from the Iter.
    [InlineData("static int Helper(IEnumerable<int> xs) => xs.Sum() + xs.Count();", "Helper(Pull.Range(0, 5).ToList())")]
    public void Does_not_warn_where_the_argument_or_the_callee_is_not_in_scope(string helper, string call)
    {
        Assert.Empty(Run(helper, call));
    }

    [Fact]
    public void A_recursive_helper_is_judged_without_looping()
    {
        const string helper = "static int Helper(IEnumerable<int> xs, int n) => n == 0 ? xs.Sum() : Helper(xs, n - 1);";
        Assert.Empty(Run(helper, "Helper(Pull.Range(0, 5), 2)"));
        const string twice = "static int Helper(IEnumerable<int> xs) => xs.Any() ? xs.First() + Helper(xs.Skip(1)) : 0;";
        Assert.Equal("STRM003", Assert.Single(Run(twice)).Id);
    }
}
