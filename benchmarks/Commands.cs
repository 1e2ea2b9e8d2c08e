using System.CommandLine;
using System.CommandLine.Parsing;
using BenchmarkDotNet.Running;
using Streams.Benchmarks.Compare;
using Streams.Benchmarks.Smoke;

namespace Streams.Benchmarks;

/// <summary>
/// The command line of <c>dotnet run -c Release --project benchmarks -- …</c>, parsed by System.CommandLine:
/// <c>compare</c>, <c>smoke</c>, <c>cart-gc-probe</c> (and the hidden child commands their parents start), with
/// <c>--help</c> on each. Arguments whose first token is none of these go to BenchmarkDotNet's switcher untouched
/// (<c>--filter '*Cart*'</c>, <c>--list flat</c>, no arguments for its menu): its options are its own, so they are not
/// declared here.
/// </summary>
public static class Commands
{
    /// <summary>What each command runs; tests replace them to see what the parser hands over.</summary>
    /// <param name="Compare">The compare command: its options and the tokens after <c>compare</c> (quoted in the report).</param>
    /// <param name="CompareChild">A compare child process: the positional arguments its parent passes.</param>
    /// <param name="Smoke">The smoke: whether to name each implementation as it runs.</param>
    /// <param name="CartGcProbe">The cart GC probe: the process count and whether each process verifies first.</param>
    /// <param name="CartGcProbeChild">One cart GC probe process: whether it verifies first.</param>
    /// <param name="BenchmarkDotNet">BenchmarkDotNet's switcher, given every argument.</param>
    public sealed record Handlers(
        Func<CompareOptions, IReadOnlyList<string>, int> Compare,
        Func<string[], int> CompareChild,
        Func<bool, int> Smoke,
        Func<int, bool, int> CartGcProbe,
        Func<bool, int> CartGcProbeChild,
        Func<string[], int> BenchmarkDotNet)
    {
        /// <summary>The real commands.</summary>
        public static Handlers Real { get; } = new(
            CompareCommand.Run, Streams.Benchmarks.Compare.CompareChild.Run, SmokeCommand.Run,
            Streams.Benchmarks.Diagnostics.CartGcProbe.Run, Streams.Benchmarks.Diagnostics.CartGcProbe.RunChild, Switcher);
    }

    /// <summary>The exit code of arguments the parser rejects (after printing the error and the command's help).</summary>
    public const int UsageError = 2;

    /// <summary>The name of the hidden command a compare child process runs.</summary>
    public const string CompareChildCommand = "compare-child";

    /// <summary>The name of the hidden command a cart GC probe process runs.</summary>
    public const string CartGcProbeChildCommand = "cart-gc-probe-child";

    /// <summary>The root command: every command, bound to <paramref name="handlers"/>.</summary>
    public static RootCommand Root(Handlers handlers)
    {
        var root = new RootCommand(
            "Streams benchmarks. Commands below; any other first argument goes to BenchmarkDotNet's switcher, e.g. " +
            "--filter '*Cart*' (every [Benchmark] class is discoverable; no arguments: its menu; its options: " +
            "https://benchmarkdotnet.org/articles/guides/console-args.html).");
        root.Add(CompareOptions.Command(handlers.Compare));

        var verbose = new Option<bool>("--verbose") { Description = "Name each implementation as it runs." };
        var smoke = new Command("smoke", "Every implementation of every pipeline once at its tiny size, checked against the hand loop (CI); no timing.") { verbose };
        smoke.SetAction(r => handlers.Smoke(r.GetValue(verbose)));
        root.Add(smoke);

        var processes = new Option<int>("--processes")
        {
            Description = "How many fresh processes run the probe.",
            HelpName = "N",
            DefaultValueFactory = _ => 6,
            CustomParser = r => PositiveWholeNumber(r, "--processes") ?? 0,
        };
        var verifyFirst = new Option<bool>("--verify-first") { Description = "Each process first runs every implementation once, as [GlobalSetup] verification does." };
        var probe = new Command("cart-gc-probe", "A diagnostic of the cart 10kx10 slow mode (docs/performance-log.md): per process, time with and without a gen0 collection.") { processes, verifyFirst };
        probe.SetAction(r => handlers.CartGcProbe(r.GetValue(processes), r.GetValue(verifyFirst)));
        root.Add(probe);

        var childVerifyFirst = new Option<bool>("--verify-first");
        var probeChild = new Command(CartGcProbeChildCommand, "One process of cart-gc-probe.") { Hidden = true };
        probeChild.Add(childVerifyFirst);
        probeChild.SetAction(r => handlers.CartGcProbeChild(r.GetValue(childVerifyFirst)));
        root.Add(probeChild);

        // The parent passes "--" first, so that every argument after it (paths, an empty method filter) stays positional.
        var childArguments = new Argument<string[]>("arguments") { Arity = ArgumentArity.ZeroOrMore };
        var compareChild = new Command(CompareChildCommand, "One child process of compare (see CompareChild).") { Hidden = true };
        compareChild.Add(childArguments);
        compareChild.SetAction(r => handlers.CompareChild(r.GetValue(childArguments) ?? []));
        root.Add(compareChild);
        return root;
    }

    /// <summary>The value of an option that takes a positive whole number, or null (and an error that names the option).</summary>
    public static int? PositiveWholeNumber(ArgumentResult result, string option)
    {
        if (result.Tokens.Count == 0) return null; // System.CommandLine reports the missing value itself
        var text = result.Tokens[0].Value;
        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0) return n;
        result.AddError($"{option} needs a positive whole number, not '{text}'.");
        return null;
    }

    /// <summary>Whether the command line goes to System.CommandLine (a command of <paramref name="root"/>, or one of its
    /// options such as <c>--help</c>) rather than to BenchmarkDotNet: decided by the first argument.</summary>
    public static bool IsOwn(RootCommand root, IReadOnlyList<string> args) =>
        args.Count > 0 && root.Subcommands.Concat<Symbol>(root.Options).Any(s => Names(s).Contains(args[0]));

    private static IEnumerable<string> Names(Symbol symbol) => symbol switch
    {
        Command c => c.Aliases.Prepend(c.Name),
        Option o => o.Aliases.Prepend(o.Name),
        _ => [symbol.Name],
    };

    /// <summary>Parses the command line (response files off: an argument starting with @ is a value, not a file to read).</summary>
    public static ParseResult Parse(RootCommand root, IReadOnlyList<string> args) =>
        root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });

    /// <summary>Runs the command line: a command of ours, or BenchmarkDotNet's switcher.</summary>
    /// <returns>The command's exit code; <see cref="UsageError"/> for arguments the parser rejects.</returns>
    public static int Run(string[] args, Handlers handlers, TextWriter? output = null, TextWriter? error = null)
    {
        var root = Root(handlers);
        if (!IsOwn(root, args)) return handlers.BenchmarkDotNet(args);
        var result = Parse(root, args);
        var invocation = new InvocationConfiguration();
        if (output is not null) invocation.Output = output;
        if (error is not null) invocation.Error = error;
        int code = result.Invoke(invocation);
        return result.Errors.Count > 0 ? UsageError : code;
    }

    private static int Switcher(string[] args)
    {
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(SmokeCommand).Assembly).Run(args);
        // A failed benchmark (e.g. a [GlobalSetup] verification mismatch) must fail the run, not just print NA.
        return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
    }
}
