using Xunit;

namespace Streams.Generators.Tests.Driver;

/// <summary>
/// Every site accounted for: each terminal call of a chain the generator sees, and each chain without a terminal,
/// gets exactly one STRM100 (fused) or STRM101 (not fused, with its reason), whatever the element type: a type
/// parameter and a nullable value type included, so a user is always told why a pipeline was not fused.
/// </summary>
public class SiteAccountingTests
{
    private const string Members = """
            static int OverTypeParameter<T>(Iter<T> s) => s.Skip(1).Count();
            static bool OverTypeParameterPredicate<T>(Iter<T> s, T v) => s.Take(3).Any(x => Equals(x, v));
            static Iter<T> ChainOverTypeParameter<T>(Iter<T> s) => s.Skip(1).Take(2);
            static int OverNullable(int?[] n) => Pull.From(n).Filter(x => x != null).Count();
            static int? NullableSum(int?[] n) => Pull.From(n).Skip(1).Sum();
            static Iter<int?> ChainOverNullable(int?[] n) => Pull.From(n).Filter(x => x.HasValue).Take(2);
            static Iter<int> EndsInDistinct(int[] a) => Pull.From(a).Map(x => x + 1).Distinct();
            static int LastOfChain(int[] a) => Pull.From(a).Map(x => x * 2).Last();
            static List<int> SingleFromQuery(int[] a) { int i = 0; return (from n in Pull.From(a) select ++i).ToList(); }
            static Dictionary<int, int> ToDictionaryOfChain(int[] a) => Pull.From(a).Filter(x => x > 1).ToDictionary(x => x);
            static int ZipWithArray(int[] a) => Pull.From(a).Zip(a, (x, y) => x * y).Sum();
            static int SkipWhileCountPredicate(int[] a) => Pull.From(a).SkipWhile(x => x < 2).Count(x => x > 3);
            static long SumSelectorOnSource(int[] a) => Pull.From(a).Sum(x => (long)x * x);
            static Iter<int> BareQuery(int[] a) => from x in Pull.From(a) where x > 1 select x * 2;
        """;

    // The method, and a part of its report that says what is true of it ("" where only the one report is checked).
    public static TheoryData<string, string> Sites => new()
    {
        { "OverTypeParameter", "" },
        { "OverTypeParameterPredicate", "" },
        { "ChainOverTypeParameter", "" },
        { "OverNullable", "" },
        { "NullableSum", "" },
        { "ChainOverNullable", "" },
        { "EndsInDistinct", "not fused (Distinct is not written into a generated iterator" },
        { "LastOfChain", "not fused (the terminal Last is not written by the generator" },
        { "SingleFromQuery", "(it has a single from clause:" },
        { "ToDictionaryOfChain", "not fused (the terminal ToDictionary is not written by the generator" },
        { "ZipWithArray", "fused: " },
        { "SkipWhileCountPredicate", "fused: " },
        { "SumSelectorOnSource", "fused: " },
        { "BareQuery", "not fused (query syntax: its clauses compile to method calls that have no invocation syntax" },
    };

    [Theory]
    [MemberData(nameof(Sites))]
    public void Every_site_reports_whether_it_was_fused(string method, string says)
    {
        string source = Harness.Snippet("OverTypeParameter(it) + OverNullable(new int?[] { 1, null })", members: Members);
        var (result, _, _) = Harness.Generate(Harness.Compile(source));

        // Each method is one line of the snippet, declared before Run (which also names two of them).
        var lines = source.Split('\n');
        int line = Array.FindIndex(lines, l => l.Contains("static ", StringComparison.Ordinal)
            && (l.Contains($" {method}<", StringComparison.Ordinal) || l.Contains($" {method}(", StringComparison.Ordinal)));
        Assert.True(line >= 0, method);
        var reports = result.Diagnostics
            .Where(d => d.Id is "STRM100" or "STRM101")
            .Where(d => d.Location.GetLineSpan().StartLinePosition.Line == line)
            .ToList();
        var report = Assert.Single(reports);
        Assert.NotEmpty(report.GetMessage());
        Assert.Contains(says, report.GetMessage(), StringComparison.Ordinal);
        // A reason names only what the expression has: a query without those clauses claims none of them.
        if (method == "SingleFromQuery") Assert.DoesNotMatch("(where|let|orderby) clause", report.GetMessage());
    }
}
