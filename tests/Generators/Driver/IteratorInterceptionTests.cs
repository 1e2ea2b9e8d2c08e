using Microsoft.CodeAnalysis;
using Xunit;

namespace Streams.Generators.Tests.Driver;

/// <summary>
/// Chains without a terminal (a foreach collection, a variable, an argument, a return value): which the generator
/// turns into one iterator (STRM100), which it leaves to the library and why (STRM101), which it leaves to the
/// terminal fuser without a word (no call is intercepted twice); and that a fused snippet computes what it computes
/// without the generator.
/// </summary>
public class IteratorInterceptionTests
{
    // A foreach over a chain, written in a member so the snippet's expression can call it; a foreach over an argument.
    private const string LoopMember = """
            static List<long> Loop(int[] a, int k)
            {
                var seen = new List<long>();
                foreach (var x in Pull.From(a).Map(x => (long)x * 3).Filter(x => x % 2 == 0).Take(k)) seen.Add(x);
                return seen;
            }
        """;

    private const string SumMember = """
            static long Sum(Iter<int> xs) { long t = 0; foreach (var x in xs) t += x; return t; }
        """;

    public static TheoryData<string, string> Fused => new()
    {
        { "Pull.From(a).Map(x => x * 2)", "Map: lambda body inlined" },
        { "it.Filter(x => x > k).Take(3)", "Filter: called through its delegate" },
        { "Pull.Positives().Skip(2).Take(3)", "source: an endless counter" },
        { "Pull.Range(0L, 10L).DropWhile(x => x < 3).TakeWhile(x => x < 8)", "TakeWhile: lambda body inlined" },
        { "Pull.From(a).Select(x => x.ToString()).Where(x => x != \"3\")", "Where: called through its delegate" },
        { "Pull.From(a).Zip(Pull.From(a)).Map(p => p.Item1 * p.Item2)", "source: an Iter<(int First, int Second)> expression" },
        { "Loop(a, k)", "Take: a counter" },
        { "Sum(it.Skip(1).Map(x => x - 1))", "Skip: a counter" },
    };

    public static TheoryData<string, string> NotFused => new()
    {
        { "Pull.From(a).Map(x => new { x })", "cannot be named" },
    };

    [Theory]
    [MemberData(nameof(Fused))]
    public void Fuses_into_one_iterator_and_computes_what_the_library_computes(string expression, string comment)
    {
        var members = expression.StartsWith("Loop(", StringComparison.Ordinal) ? LoopMember
            : expression.StartsWith("Sum(", StringComparison.Ordinal) ? SumMember : "";
        var compilation = Harness.Compile(Harness.Snippet(expression, members));
        var (result, output, _) = Harness.Generate(compilation);

        var file = Assert.Single(Harness.Sites(result));
        Assert.StartsWith("FusedIter.", file.HintName, StringComparison.Ordinal);
        Assert.Contains(comment, file.SourceText.ToString());
        var info = Assert.Single(result.Diagnostics);
        Assert.Equal("STRM100", info.Id);
        Assert.Contains("fused into one iterator", info.GetMessage());
        Assert.Equal(Harness.Execute(compilation), Harness.Execute(output));
    }

    [Theory]
    [MemberData(nameof(NotFused))]
    public void Leaves_alone_and_says_why(string expression, string reason)
    {
        var compilation = Harness.Compile(Harness.Snippet(expression));
        var (result, output, _) = Harness.Generate(compilation);

        Assert.Empty(result.GeneratedSources);
        var info = Assert.Single(result.Diagnostics, d => d.GetMessage().Contains(reason, StringComparison.Ordinal));
        Assert.Equal("STRM101", info.Id);
        Assert.Equal(DiagnosticSeverity.Info, info.Severity);
        Assert.Equal(Harness.Execute(compilation), Harness.Execute(output));
    }

    [Theory]
    // Ends in a terminal the terminal fuser takes: only its file, only its interceptors.
    [InlineData("Pull.From(a).Map(x => x * 2).Filter(x => x > 3).Sum()")]
    // Goes on into Streams calls this fuser does not write (an operator, a terminal): whatever the terminal fuser
    // makes of them, this one takes none of the calls, since the terminal fuser owns every call under a terminal.
    [InlineData("Pull.From(a).Map(x => x * 2).Pairwise()")]
    [InlineData("Pull.From(a).Map(x => x * 2).Last()")]
    // A second input of a Streams operator, and an inner pipeline in a lambda passed to one: the terminal fuser may
    // write them into its nested loops, so they are its calls.
    [InlineData("Pull.From(a).Zip(Pull.From(a).Map(x => x * 2)).Count()")]
    [InlineData("it.Chain(Pull.From(a).Take(3), Pull.From(a).Skip(5)).ToList()")]
    [InlineData("Pull.From(a).FlatMap(x => Pull.From(a).Map(y => x * y)).ToList()")]
    [InlineData("from x in Pull.From(a) from y in Pull.From(a).Take(2) select x * y")]
    public void A_chain_that_goes_on_into_a_Streams_call_is_never_taken_here(string expression)
    {
        var compilation = Harness.Compile(Harness.Snippet(expression));
        var (result, output, _) = Harness.Generate(compilation);

        Assert.All(Harness.Sites(result), s => Assert.StartsWith("Fused.", s.HintName, StringComparison.Ordinal));
        Assert.DoesNotContain(result.Diagnostics, d => d.GetMessage().Contains("one iterator", StringComparison.Ordinal));
        Assert.Equal(Harness.Execute(compilation), Harness.Execute(output));
    }

    [Fact]
    public void DisableFusion_and_the_msbuild_switch_keep_the_library_chain()
    {
        var onMethod = Harness.Compile(Harness.Snippet("Pull.From(a).Map(x => x * 2)", attributes: "[DisableFusion]"));
        var (disabled, _, _) = Harness.Generate(onMethod);
        Assert.Empty(disabled.GeneratedSources);
        Assert.Contains("[DisableFusion]", Assert.Single(disabled.Diagnostics).GetMessage());

        var plain = Harness.Compile(Harness.Snippet("Pull.From(a).Map(x => x * 2)"));
        var (off, _, _) = Harness.Generate(plain, fusion: false);
        Assert.Empty(off.GeneratedSources);
        Assert.Empty(off.Diagnostics);
    }

    [Fact]
    public void Argument_checks_stay_eager_with_the_library_parameter_names()
    {
        // Building the chain throws at Take, before anything is pulled, naming `count`; the generated iterator
        // would otherwise have been returned.
        var compilation = Harness.Compile(Harness.Snippet("Pull.From(a).Map(x => x * 2).Take(-1)"));
        var (result, output, _) = Harness.Generate(compilation);
        Assert.Single(Harness.Sites(result));
        var fused = Harness.Execute(output);
        Assert.Equal(Harness.Execute(compilation), fused);
        Assert.StartsWith("threw ArgumentOutOfRangeException", (string)fused!, StringComparison.Ordinal);
        Assert.Contains("count", (string)fused!, StringComparison.Ordinal);
    }
}
