using Microsoft.CodeAnalysis;
using Streams.CodeFixes;
using Streams.Generators.Analyzers;
using Streams.Generators.Tests.CodeFixes;
using Xunit;

namespace Streams.Generators.Tests.Analyzers;

/// <summary>STRM004: where it is reported (exactly where the code fix rewrites: the fix's tests cover the rewrite) and
/// where it is not: shapes with no closure per outer element, and shapes whose closure a result selector cannot
/// remove or that the fix does not rewrite (left alone, no diagnostic).</summary>
public class ClosureFormAnalyzerTests
{
    private static IReadOnlyList<Diagnostic> Run(string statements) =>
        AnalyzerHarness.Run(new ClosureFormAnalyzer(), InMethod(statements));

    // Statements in a method with an outer iterator `xs`, an inner array `b` and a local `k` in scope.
    private static string InMethod(string statements) => AnalyzerHarness.InMethod("var xs = Pull.Range(0, 3); int[] b = [1, 2]; int k = 2;\n" + statements);

    [Theory]
    [InlineData("var q = xs.FlatMap(x => Pull.From(b).Map(y => x * y));", "FlatMap", "a closure and a delegate", "88 B", "x", "y")]
    [InlineData("var q = xs.SelectMany(v => Pull.From(b).Select(w => v + w));", "SelectMany", "a closure and a delegate", "88 B", "v", "w")]
    [InlineData("var q = xs.FlatMap(x => Pull.From(b).Map(y => x * y).Map(z => z + k));", "FlatMap", "a closure and 2 delegates", "152 B", "x", "y")]
    [InlineData("var q = xs.FlatMap(x => Pull.From(b).Map(y => x * y).Map(z => z + 1));", "FlatMap", "a closure and a delegate", "88 B", "x", "y")] // the second lambda is cached
    [InlineData("var q = xs.Map(i => (long)i).FlatMap(x => Pull.From(b).Map(y => x * y + k));", "FlatMap", "a closure and a delegate", "96 B", "x", "y")] // x and the parent closure
    [InlineData("var q = xs.Map(i => (i, i)).FlatMap(x => Pull.From(b).Map(y => x.Item1 * y));", "FlatMap", "a closure and a delegate", "at least 88 B", "x", "y")]
    [InlineData("var q = xs.FlatMap(x => Pull.Range(0, x).Map(y => x * y));", "FlatMap", "a closure and a delegate", "88 B", "x", "y")] // the source depends on x
    [InlineData("var q = xs.FlatMap(x => { int Half(int v) => v / 2; return Pull.Range(0, Half(x)).Map(y => x * y); });", "FlatMap", "a closure and a delegate", "88 B", "x", "y")] // a local function called, not captured
    public void Reports_a_flat_map_whose_inner_map_captures_the_outer_element(string statements, string method, string allocations, string bytes, string x, string y)
    {
        var diagnostic = Assert.Single(Run(statements));
        Assert.Equal("STRM004", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
        Assert.Equal(
            $"{method}'s selector allocates {allocations} per outer element ({bytes} on 64-bit) because its inner Map captures '{x}'; "
            + $"SelectMany({x} => inner, ({x}, {y}) => ...) keeps '{x}' in the iterator and allocates neither",
            diagnostic.GetMessage());
        // From the method's name to the end of the call.
        var text = diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan);
        Assert.StartsWith(method + "(", text, StringComparison.Ordinal);
        Assert.EndsWith(")", text, StringComparison.Ordinal);
        Assert.Equal(';', diagnostic.Location.SourceTree.GetText()[diagnostic.Location.SourceSpan.End]); // the whole call
    }

    [Theory]
    // No closure per outer element.
    [InlineData("var q = xs.FlatMap(x => Pull.From(b).Map(y => y * k));")] // the Map does not use x
    [InlineData("var q = xs.FlatMap(x => Pull.Range(0, x));")] // no Map
    [InlineData("var q = from x in xs from y in Pull.From(b) select x * y;")] // query syntax: already the result-selector form
    [InlineData("var q = xs.SelectMany(x => Pull.From(b), (x, y) => x * y);")]
    [InlineData("var q = b.SelectMany(x => b.Select(y => x * y));")] // System.Linq on arrays, not Streams
    // A closure a result selector cannot remove: a lambda before the last Map, or a local of the outer body, captures.
    [InlineData("var q = xs.FlatMap(x => Pull.From(b).Filter(y => y > x).Map(y => x * y));")]
    [InlineData("var q = xs.FlatMap(x => Pull.From(b).TakeWhile(y => y < x).Map(y => y));")]
    [InlineData("var q = xs.FlatMap(x => { var m = x * 2; return Pull.From(b).Map(y => m * y); });")]
    [InlineData("var q = xs.FlatMap(x => { int Twice(int v) => v * x; return Pull.From(b).Filter(y => Twice(y) > 0).Map(y => x * y); });")]
    [InlineData("var q = xs.FlatMap(x => { Func<int> f = () => x; f(); return Pull.From(b).Map(y => x * y); });")] // a lambda in the block keeps the closure
    [InlineData("var q = xs.FlatMap(x => { int At(int v) => v + x; Func<int, int> g = At; return Pull.From(b).Map(y => x * y + g(y)); });")]
    // Operators after the Map that uses x: a result selector only maps.
    [InlineData("var q = xs.FlatMap(x => Pull.From(b).Map(y => x * y).Filter(z => z > 2));")]
    [InlineData("var q = xs.FlatMap(x => Pull.From(b).Map(y => x * y).Take(1));")]
    // Shapes the fix does not rewrite.
    [InlineData("var q = xs.FlatMap(x => { if (x > 1) return Pull.From(b).Map(y => x * y); return Pull.From(b); });")] // two returns
    [InlineData("var q = xs.FlatMap<int, int>(x => Pull.From(b).Map(y => x * y));")] // explicit type arguments
    [InlineData("var q = xs.FlatMap(selector: x => Pull.From(b).Map(y => x * y));")] // named argument
    [InlineData("var q = xs.FlatMap(x => { Func<int, int> f = y => x * y; return Pull.From(b).Map(f); });")] // not a lambda at the Map
    [InlineData("var q = xs.FlatMap(x => Pull.From(b).Map(y => x * y).Map(z => { var y = z; return y; }));")] // the composed lambda would declare y twice
    [InlineData("int y = 5; var q = xs.FlatMap(x => Pull.From(b).Map(y => x * y).Map(z => z + y));")] // composed, the last `y` would be the Map's
    public void Does_not_report_shapes_without_a_removable_closure_or_that_the_fix_leaves_alone(string statements)
    {
        Assert.Empty(Run(statements));
    }

    [Fact]
    public void A_maybe_null_inner_source_is_not_reported()
    {
        // Map on a null inner source throws ArgumentNullException, SelectMany's collection selector returning null an
        // InvalidOperationException: the rewrite would change the exception, so a maybe-null source is left alone.
        Assert.Empty(Run("Iter<int>? maybe = flag ? Pull.From(b) : null; var q = xs.FlatMap(x => maybe.Map(y => x * y));"));
        // Once the compiler knows it is not null, it is.
        Assert.Single(Run("Iter<int>? maybe = flag ? Pull.From(b) : null; var q = xs.FlatMap(x => maybe!.Map(y => x * y));"));
    }

    [Fact]
    public void Where_it_reports_the_fix_is_offered_and_where_it_does_not_nothing_is_fixed()
    {
        var (fixable, notFixable) = CodeFixHarness.Offered(new ClosureFormAnalyzer(), new ClosureFormCodeFixProvider(),
            InMethod("var q = xs.FlatMap(x => Pull.From(b).Map(y => x * y)); var r = xs.FlatMap(x => Pull.From(b).Filter(y => y > x).Map(y => x * y));"));
        Assert.Equal((1, 0), (fixable, notFixable));
    }
}
