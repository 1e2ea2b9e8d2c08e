using Microsoft.CodeAnalysis;
using Xunit;

namespace Streams.Generators.Tests.Driver;

/// <summary>
/// Which call sites the generator fuses and which it leaves alone, with the reason it reports; and that a fused
/// snippet computes what the same snippet computes without the generator.
/// </summary>
public class InterceptionTests
{
    public static TheoryData<string, string> Fused => new()
    {
        { "Pull.From(a).Map(x => x * 2).Sum()", "inlined" },
        { "it.Filter(x => x > k).Count()", "called through its delegate" },
        { "Pull.Positives().Take(3).ToList()", "source: an endless counter" },
        { "Pull.From(a).Select(x => Square(x)).Where(x => x % 2 == 1).Sum()", "Select: called through its delegate" },
        { "Pull.Range(0L, 10L).Skip(2).TakeWhile(x => x < 8).Fold(0L, (s, x) => s * 3 + x)", "Fold" },
        { "Pull.From(a).Map(x => x.ToString()).Filter(x => x != \"3\").ToArray()", "Filter: called through its delegate" },
        { "Pull.From(a).DropWhile(x => x < 3).Any(x => x > 5)", "Any" },
        { "Pull.From(a).StepBy(2).Sum()", "StepBy: a gap counter in the loop" },
        { "it.Enumerate(1).Map(p => p.Index * p.Item).ToList()", "Enumerate: an index in the loop" },
        { "Pull.Range(0, 10, 3).Scan(0L, (acc, x) => acc + x).ToList()", "Scan: lambda body inlined" },
        { "it.Accumulate((t, x) => t + x, 100).Take(3).ToList()", "the initial value goes through the later stages" },
        { "Pull.Repeat(3, 4).Accumulate((t, x) => t * x).Max()", "source: Pull.Repeat(value, count)" },
        { "Pull.From(new List<int>(a)).Filter(x => x > k).First()", "the live list read by index" },
        { "Pull.From(new List<int>(a)).Map(x => x - k).Min()", "its span as it is when the loop starts" },
        { "it.Skip(1).FirstOrDefault(x => x > 100, -1)", "FirstOrDefault: stops at the first match" },
        { "it.Map(x => x * 0.5).Average()", "Average: a checked total" },
        { "Pull.Range(5, 0, -2).Map(x => x * 10).ToArray()", "source: Pull.Range" },
        // Zip, Chain, FlatMap and SelectMany (NestedEmitter).
        { "Pull.From(a).Zip(Pull.From(a), (x, y) => x * y).Sum()", "Zip: its second input Pull.From(array) is read by index, selector inlined" },
        { "it.Zip(Pull.From(a).Map(x => x + 1), (x, y) => x - y).Map(x => x * 2).ToList()", "pulled once per element" },
        { "Pull.From(a).Zip(it).Map(p => p.First * p.Second).Take(4).ToArray()", "pulled once per element" },
        { "Pull.From(a).Take(2).Chain(Pull.From(a), it).Map(x => x + 1).ToList()", "Chain: its further inputs are folded" },
        { "it.Skip(5).Chain(Pull.From(a).Take(3)).Take(4).Sum()", "Chain" },
        { "Pull.From(a).FlatMap(x => Pull.From(a).Map(y => x * y)).Sum()", "FlatMap: the inner pipeline is a nested loop" },
        { "Pull.From(a).SelectMany(x => Pull.Positives().Map(y => y * 2 + x).Take(x % 3), (x, y) => x + y).Take(9).ToList()", "SelectMany: the inner pipeline is a nested loop" },
        { "Pull.From(a).Select(x => x * 2).SelectMany(x => Pull.From(a).Where(y => y > x % 7).Skip(1).Take(2), (x, y) => x * 100 + y).ToList()", "result selector inlined" },
        { "Pull.From(a).FlatMap(x => Pull.Positives().Map(y => y * x).TakeWhile(y => y < 20).DropWhile(y => y < 5)).ToList()", "nested loop" },
        { "Pull.From(a).FlatMap(x => Pull.Of(x, x)).Count()", "FlatMap: the selector's iterator is folded with a nested sink" },
        { "Pull.From(a).SelectMany(x => Pull.From(a).Take(x), (x, y) => $\"{x}{y}\").Take(5).ToList()", "result selector called through its delegate" },
        { "Pull.From(a).FlatMap(x => it.Take(2)).Chain(it).Zip(Pull.From(a)).Count()", "nested sink" },
        { "it.Map(x => x * 2).Min(x => -x)", "Min: selector lambda body inlined" },
        { "it.Slice(1, 5, 2).Sum()", "Slice: a pull budget and a gap counter in the loop" },
        { "it.SkipWhile(x => x < 2).Count(x => x % 2 == 0)", "Count: its predicate inlined in front of the plain terminal" },
        { "it.Map(x => x * 3).Sum(x => (long)x * k)", "Sum: its selector called through its delegate in front of the plain terminal" },
        { "Pull.From(a).Aggregate((t, x) => t * 2 + x)", "Aggregate: the first element starts the accumulator, func inlined" },
        { "it.Take(4).Aggregate(1L, (t, x) => t * x, t => t + 1)", "Aggregate: the accumulator lives in the loop" },
        { "it.Zip(a, (x, y) => x * y).Sum()", "its IEnumerable second input is adapted with Pull.From" },
        { "it.Zip(new List<int>(a)).Count()", "its IEnumerable second input is adapted with Pull.From" },
        { "Pull.Positives().Filter(x => x % 2 == 0).Map(x => x * x).Take(5).JoinToString(\", \")", "JoinToString: a StringBuilder filled in the loop" },
        // Query syntax: the terminal detaches the runtime SelectMany (QueryEmitter).
        { "(from x in Pull.From(a) from y in Pull.From(a) select x * y).Sum()", "select: inlined" },
        { "(from x in it from y in Pull.From(a).Take(x) select $\"{x}{y}\").ToList()", "select: called through the result selector" },
        { "(from x in Pull.From(a) from y in Pull.Range(0, x) select x + y + k).Count()", "Count: a counter in the inner sink" },
        { "(from x in it from y in a select (long)x * y).Any(v => v > 20)", "Any: stops at the first match" },
        { "(from x in Pull.From(a) from y in Pull.From(a) select x - y).ToArray()", "ToArray: a list filled in the inner sink" },
        { "(from x in it from y in Pull.From(a) select x * y).First(v => v > 30)", "First: stops at the first match" },
    };

    public static TheoryData<string, string> NotFused => new()
    {
        { "it.Sum()", "no operator the generator knows" },
        { "Pull.From(a).Map(x => new { x }).Count()", "cannot be named" },
        { "Pull.From(a).ToList()", "no operator the generator knows" },
        { "it.Map(x => (short)x).Average()", "over a type other than int, long" },
        { "it.Map(x => (int?)x).Average() ?? 0", "Average over nullable elements" },
        { "Pull.Range(0, 5).First()", "no operator the generator knows" },
        // Query syntax: only `from x in a from y in b select r` is fused at its terminal (QueryEmitter).
        { "(from x in Pull.From(a) select x * 2).Sum()", "it has a single from clause: its clauses compile to method calls" },
        { "(from x in Pull.From(a) select ++k).ToList()", "query syntax other than `from x in a from y in b select r` (it has a single from clause: its clauses compile to method calls that have no invocation syntax, which no generator can intercept)" },
        { "(from x in Pull.From(a) where x > 2 from y in Pull.From(a) select x * y).Sum()", "(it has a where clause)" },
        { "(from x in Pull.From(a) let z = x * 2 from y in Pull.From(a) select z * y).Sum()", "(it has a let clause)" },
        { "(from x in Pull.From(a) orderby -x from y in Pull.From(a) select x * y).Sum()", "(it has an orderby clause)" },
        { "(from x in Pull.From(a) join y in a on x equals y select x * y).Sum()", "intercept, a join clause)" },
        { "(from x in Pull.From(a) from y in Pull.From(a) from z in Pull.From(a) select x * y * z).Sum()", "(it has a third from clause)" },
        // Every Streams terminal reports, the ones the generator never writes too.
        { "it.Map(x => x + 1).Last()", "the terminal Last is not written by the generator" },
        { "it.Map(x => x + 1).ToHashSet().Count", "the terminal ToHashSet is not written by the generator" },
        { "(from x in Pull.From(a) from y in Pull.From(a) select x * y).Min()", "over query syntax only Sum, WrappingSum, Count, ToList, ToArray, Any and First(predicate) are fused, not this Min" },
        // A seeded Accumulate writes the stages after it again as its own method, which cannot span a nested segment.
        { "it.Accumulate((t, x) => t + x, 1).FlatMap(x => Pull.From(a)).Sum()", "Accumulate with an initial value before Chain, FlatMap or SelectMany" },
    };

    [Theory]
    [MemberData(nameof(Fused))]
    public void Fuses_and_computes_what_the_library_computes(string expression, string comment)
    {
        var compilation = Harness.Compile(Harness.Snippet(expression));
        var (result, output, _) = Harness.Generate(compilation);

        var file = Assert.Single(Harness.Sites(result));
        Assert.Contains(comment, file.SourceText.ToString());
        Assert.Contains(result.Diagnostics, d => d.Id == "STRM100");
        Assert.Equal(Harness.Execute(compilation), Harness.Execute(output));
    }

    [Theory]
    [MemberData(nameof(NotFused))]
    public void Leaves_alone_and_says_why(string expression, string reason)
    {
        var compilation = Harness.Compile(Harness.Snippet(expression));
        var (result, output, _) = Harness.Generate(compilation);

        Assert.Empty(result.GeneratedSources);
        var info = Assert.Single(result.Diagnostics);
        Assert.Equal("STRM101", info.Id);
        Assert.Equal(DiagnosticSeverity.Info, info.Severity);
        Assert.Contains(reason, info.GetMessage());
        Assert.Equal(Harness.Execute(compilation), Harness.Execute(output));
    }

    [Fact]
    public void A_fused_query_says_so_in_its_diagnostic()
    {
        // The terminal's receiver is a query expression: its info diagnostic names query syntax, and the interceptor
        // detaches the runtime iterator (falling back to the library's terminal when it cannot).
        var compilation = Harness.Compile(Harness.Snippet("(from x in Pull.From(a) from y in Pull.From(a).Take(2) select x * 10 + y).Sum()"));
        var (result, output, _) = Harness.Generate(compilation);

        var info = Assert.Single(result.Diagnostics);
        Assert.Equal("STRM100", info.Id);
        Assert.StartsWith("fused (query syntax): (from x in Pull.From(a)", info.GetMessage());
        Assert.Contains("TryDetachSelectMany", Assert.Single(Harness.Sites(result)).SourceText.ToString());
        Assert.Equal(Harness.Execute(compilation), Harness.Execute(output));
    }

    [Fact]
    public void DisableFusion_on_the_method_or_class_keeps_the_library_path()
    {
        var onMethod = Harness.Compile(Harness.Snippet("Pull.From(a).Map(x => x * 2).Sum()", attributes: "[DisableFusion]"));
        var onClass = Harness.Compile(Harness.Snippet("Pull.From(a).Map(x => x * 2).Sum()")
            .Replace("public static class Snippet", "[DisableFusion] public static class Snippet"));
        foreach (var compilation in new[] { onMethod, onClass })
        {
            var (result, _, _) = Harness.Generate(compilation);
            Assert.Empty(result.GeneratedSources);
            Assert.Contains("[DisableFusion]", Assert.Single(result.Diagnostics).GetMessage());
        }
    }

    [Fact]
    public void The_msbuild_switch_turns_everything_off()
    {
        var compilation = Harness.Compile(Harness.Snippet("Pull.From(a).Map(x => x * 2).Sum()"));
        var (off, _, _) = Harness.Generate(compilation, fusion: false);
        var (on, _, _) = Harness.Generate(compilation, fusion: true);

        Assert.Empty(off.GeneratedSources);
        Assert.Empty(off.Diagnostics);
        Assert.Single(Harness.Sites(on));
    }

    [Fact]
    public void A_generic_context_is_left_to_the_library()
    {
        var compilation = Harness.Compile(Harness.Snippet(
            "Count(Pull.From(a))",
            members: "    static long Count<T>(Iter<T> s) => s.Filter(x => x is not null).Count();"));
        var (result, _, _) = Harness.Generate(compilation);

        Assert.Empty(result.GeneratedSources);
        Assert.Contains("type parameter T", Assert.Single(result.Diagnostics).GetMessage());
    }
}
