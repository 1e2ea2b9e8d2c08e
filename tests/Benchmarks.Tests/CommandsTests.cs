using Streams.Benchmarks.Compare;
using Streams.Benchmarks.Pipelines;
using Xunit;

namespace Streams.Benchmarks.Tests;

/// <summary>The program's command line: which command runs with what, what goes to BenchmarkDotNet, help and errors.</summary>
public class CommandsTests
{
    /// <summary>Handlers that fail the test if called; a test replaces the one it expects.</summary>
    public static readonly Commands.Handlers Refusing = new(
        (_, _) => throw new InvalidOperationException("compare ran"),
        _ => throw new InvalidOperationException("compare-child ran"),
        _ => throw new InvalidOperationException("smoke ran"),
        (_, _) => throw new InvalidOperationException("cart-gc-probe ran"),
        _ => throw new InvalidOperationException("cart-gc-probe-child ran"),
        _ => throw new InvalidOperationException("BenchmarkDotNet ran"));

    private static (int Code, string Output, string Error) Run(Commands.Handlers handlers, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int code = Commands.Run(args, handlers, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Theory]
    [InlineData("--filter", "*Cart*")]
    [InlineData("--filter", "*Cart*", "--job", "short", "-m")]
    [InlineData("--list", "flat")]
    [InlineData("--filter", "compare")] // only the first argument decides: a filter that names a command stays a filter
    [InlineData]
    public void Any_other_first_argument_goes_to_BenchmarkDotNet_untouched(params string[] args)
    {
        string[]? seen = null;
        var (code, _, _) = Run(Refusing with { BenchmarkDotNet = a => { seen = a; return 7; } }, args);
        Assert.Equal(7, code);
        Assert.Equal(args, seen);
    }

    [Theory]
    [InlineData(false, "smoke")]
    [InlineData(true, "smoke", "--verbose")]
    public void Smoke_runs_with_or_without_verbose(bool verbose, params string[] args)
    {
        bool? seen = null;
        Assert.Equal(3, Run(Refusing with { Smoke = v => { seen = v; return 3; } }, args).Code);
        Assert.Equal(verbose, seen);
    }

    [Theory]
    [InlineData(6, false, "cart-gc-probe")]
    [InlineData(3, true, "cart-gc-probe", "--processes", "3", "--verify-first")]
    public void The_probe_takes_a_process_count_that_defaults_to_six(int processes, bool verifyFirst, params string[] args)
    {
        (int, bool)? seen = null;
        Assert.Equal(0, Run(Refusing with { CartGcProbe = (n, v) => { seen = (n, v); return 0; } }, args).Code);
        Assert.Equal((processes, verifyFirst), seen);
        bool? child = null;
        Assert.Equal(0, Run(Refusing with { CartGcProbeChild = v => { child = v; return 0; } }, Commands.CartGcProbeChildCommand, "--verify-first").Code);
        Assert.True(child);
    }

    [Theory]
    [InlineData("--processes", "0", "--processes needs a positive whole number")]
    [InlineData("--processes", "many", "--processes needs a positive whole number, not 'many'")]
    [InlineData("--procs", "3", "'--procs'")]
    public void A_bad_probe_option_is_a_usage_error_that_names_it(string option, string value, string message)
    {
        var (code, _, error) = Run(Refusing, "cart-gc-probe", option, value);
        Assert.Equal(Commands.UsageError, code);
        Assert.Contains(message, error);
    }

    [Fact]
    public void An_unknown_argument_to_a_command_is_a_usage_error_that_names_it()
    {
        var (code, _, error) = Run(Refusing, "smoke", "--frobnicate");
        Assert.Equal(Commands.UsageError, code);
        Assert.Contains("'--frobnicate'", error);
    }

    /// <summary>What the compare parent passes its child arrives as it was built: an empty method filter, paths with
    /// spaces, an argument starting with @ or looking like an option.</summary>
    [Theory]
    [InlineData(null, "/tmp/data file.tsv")]
    [InlineData("Streams", "@data")]
    [InlineData("-h", "--help")]
    public void A_compare_child_gets_its_arguments_exactly(string? methodFilter, string data)
    {
        var args = CompareCommand.ChildArguments(RunMode.Shared, false, methodFilter, JobProfile.Quick, [typeof(SumBenchmark), typeof(CartBenchmark)], data, "/tmp/log", "/tmp/bdn");
        string[]? seen = null;
        Assert.Equal(0, Run(Refusing with { CompareChild = a => { seen = a; return 0; } }, [.. args]).Code);
        Assert.Equal(args.Skip(2), seen); // after the command name and "--"
        Assert.Equal(methodFilter ?? "", seen![6]);
        Assert.Equal<string>([typeof(SumBenchmark).FullName!, typeof(CartBenchmark).FullName!], seen[7..]);
    }

    [Fact]
    public void Help_lists_the_commands_and_says_where_other_arguments_go_but_hides_the_child_commands()
    {
        foreach (var help in new[] { "--help", "-h", "-?" })
        {
            var (code, output, _) = Run(Refusing, help);
            Assert.Equal(0, code);
            foreach (var command in new[] { "compare", "smoke", "cart-gc-probe" }) Assert.Contains(command, output);
            Assert.Contains("BenchmarkDotNet", output);
            Assert.DoesNotContain(Commands.CompareChildCommand, output);
            Assert.DoesNotContain(Commands.CartGcProbeChildCommand, output);
        }
        Assert.Contains("--verbose", Run(Refusing, "smoke", "--help").Output);
        Assert.Contains("--processes <N>", Run(Refusing, "cart-gc-probe", "--help").Output);
    }
}
