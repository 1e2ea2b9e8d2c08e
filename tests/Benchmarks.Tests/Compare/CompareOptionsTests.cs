using Streams.Benchmarks.Compare;
using Xunit;

namespace Streams.Benchmarks.Tests.Compare;

/// <summary>The compare command's options, parsed by System.CommandLine through the program's command line.</summary>
public class CompareOptionsTests
{
    /// <summary>Runs <c>compare ARGS</c> with a compare that records what it was given instead of measuring.</summary>
    private static (int Code, CompareOptions? Options, IReadOnlyList<string>? Tokens, string Error) Compare(params string[] args)
    {
        CompareOptions? seen = null;
        IReadOnlyList<string>? tokens = null;
        var handlers = CommandsTests.Refusing with { Compare = (o, t) => { (seen, tokens) = (o, t); return 0; } };
        using var output = new StringWriter();
        using var error = new StringWriter();
        int code = Commands.Run(["compare", .. args], handlers, output, error);
        return (code, seen, tokens, error.ToString());
    }

    private static CompareOptions Parse(params string[] args)
    {
        var (code, options, _, error) = Compare(args);
        Assert.True(code == 0, error);
        return Assert.IsType<CompareOptions>(options);
    }

    [Fact]
    public void The_default_is_the_quick_job_in_both_modes_without_publishing()
    {
        var o = Parse();
        Assert.Equal(JobProfile.Quick, o.Profile);
        Assert.Equal([RunMode.Isolated, RunMode.Shared], o.Modes);
        Assert.Equal((false, false), (o.Publish, o.AllColumns));
        Assert.Equal((null, null, null), (o.Out, o.Filter, o.Note));
    }

    [Fact]
    public void Thorough_runs_several_launches_and_launches_overrides_the_count()
    {
        Assert.Equal(JobProfile.Thorough, Parse("--thorough").Profile);
        Assert.Equal(3, Parse("--thorough").Profile.Launches);
        var o = Parse("--thorough", "--launches", "5", "--mode", "shared", "--publish");
        Assert.Equal((5, JobProfile.Thorough.Warmups, true), (o.Profile.Launches, o.Profile.Warmups, o.Publish));
        Assert.Equal([RunMode.Shared], o.Modes);
        Assert.Equal((2, JobProfile.Quick.Warmups), (Parse("--launches", "2").Profile.Launches, Parse("--launches", "2").Profile.Warmups));
    }

    [Theory]
    [InlineData("isolated", new[] { RunMode.Isolated })]
    [InlineData("shared", new[] { RunMode.Shared })]
    [InlineData("both", new[] { RunMode.Isolated, RunMode.Shared })]
    public void Each_mode_selects_its_runs(string mode, RunMode[] expected) => Assert.Equal(expected, Parse("--mode", mode).Modes);

    [Fact]
    public void Every_value_option_reaches_the_options_and_the_report_quotes_the_arguments_as_typed()
    {
        string[] args = ["--filter", "Cart.StreamsTerminal", "--out", "/tmp/a b", "--note", "after the fix", "--all-columns", "--mode", "isolated"];
        var (code, o, tokens, error) = Compare(args);
        Assert.True(code == 0, error);
        Assert.Equal(("Cart.StreamsTerminal", "/tmp/a b", "after the fix", true), (o!.Filter, o.Out, o.Note, o.AllColumns));
        Assert.Equal(args, tokens);
    }

    [Theory]
    [InlineData("--launches", "0", "--launches needs a positive whole number, not '0'")]
    [InlineData("--launches", "x", "--launches needs a positive whole number, not 'x'")]
    [InlineData("--mode", "both-ish", "--mode is isolated, shared or both, not 'both-ish'")]
    [InlineData("--frobnicate", "1", "'--frobnicate'")]
    public void A_bad_option_is_a_usage_error_that_names_it_and_runs_nothing(string option, string value, string message)
    {
        var (code, options, _, error) = Compare(option, value);
        Assert.Equal(Commands.UsageError, code);
        Assert.Null(options);
        Assert.Contains(message, error);
    }

    [Theory]
    [InlineData("--filter")]
    [InlineData("--launches")]
    [InlineData("--out")]
    [InlineData("--note")]
    [InlineData("--mode")]
    public void A_missing_value_is_a_usage_error_that_names_the_option(string option)
    {
        var (code, options, _, error) = Compare("--publish", option);
        Assert.Equal(Commands.UsageError, code);
        Assert.Null(options);
        Assert.Contains($"'{option}'", error);
    }

    [Fact]
    public void Help_lists_every_option()
    {
        using var output = new StringWriter();
        Assert.Equal(0, Commands.Run(["compare", "--help"], CommandsTests.Refusing, output));
        foreach (var option in new[] { "--thorough", "--launches <N>", "--mode <isolated|shared|both>", "--filter <CLASS[.METHOD]>", "--out <DIR>", "--publish", "--note <TEXT>", "--all-columns" })
            Assert.Contains(option, output.ToString());
    }

    [Theory]
    [InlineData("Cart", "Cart", null)]
    [InlineData("Cart.StreamsTerminal", "Cart", "StreamsTerminal")]
    [InlineData(".ZLinq", null, "ZLinq")]
    public void A_filter_splits_into_class_and_method(string filter, string? type, string? method) =>
        Assert.Equal((type, method), Parse("--filter", filter).SplitFilter());
}
