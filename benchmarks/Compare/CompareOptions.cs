using System.CommandLine;
using System.CommandLine.Parsing;

namespace Streams.Benchmarks.Compare;

/// <summary>The compare command's options.</summary>
/// <param name="Profile">How long each benchmark is measured, in how many launches.</param>
/// <param name="Modes">Which modes run.</param>
/// <param name="Filter">Only pipeline classes whose name contains this (case-insensitive); <c>Class.Method</c> also keeps
/// only the implementations whose name contains Method (and the hand loop).</param>
/// <param name="Out">The output folder; null for artifacts/benchmarks/&lt;date-time&gt;.</param>
/// <param name="Publish">Whether to copy the report into benchmarks/results (the reference run the docs quote).</param>
/// <param name="Note">A note shown at the top of the report.</param>
/// <param name="AllColumns">Whether the shared mode runs every implementation, not only those <see cref="Layout.RunsShared"/> names.</param>
public sealed record CompareOptions(JobProfile Profile, IReadOnlyList<RunMode> Modes, string? Filter, string? Out, bool Publish, string? Note, bool AllColumns = false)
{
    /// <summary>
    /// The <c>compare</c> command (System.CommandLine): <c>[--thorough] [--launches N] [--mode isolated|shared|both]
    /// [--filter CLASS[.METHOD]] [--out DIR] [--publish] [--note TEXT] [--all-columns]</c>, as docs/benchmarks.md
    /// documents them. A bad value is an error that names its option.
    /// </summary>
    /// <param name="run">Runs the comparison: the options, and the tokens after <c>compare</c> (the report quotes the command).</param>
    public static Command Command(Func<CompareOptions, IReadOnlyList<string>, int> run)
    {
        var thorough = new Option<bool>("--thorough") { Description = "Three launches per mode, 6 warmups and 5 iterations of 50 ms (default: one launch, 3 warmups and 5 iterations of 15 ms)." };
        var launches = new Option<int?>("--launches")
        {
            Description = "Launches per mode (overrides the job's count); a figure is the median of the launches' medians.",
            HelpName = "N",
            CustomParser = r => Commands.PositiveWholeNumber(r, "--launches"),
        };
        var mode = new Option<IReadOnlyList<RunMode>>("--mode")
        {
            Description = "isolated: one process per pipeline; shared: every pipeline in one process; both (the default): isolated, then shared.",
            HelpName = "isolated|shared|both",
            CustomParser = ParseModes,
        };
        var filter = new Option<string?>("--filter") { Description = "Only pipeline classes whose name contains CLASS (case-insensitive); .METHOD keeps only the implementations whose name contains METHOD, and the hand loop.", HelpName = "CLASS[.METHOD]" };
        var output = new Option<string?>("--out") { Description = "The output folder (default: artifacts/benchmarks/<yyyyMMdd-HHmmss>).", HelpName = "DIR" };
        var publish = new Option<bool>("--publish") { Description = "Also write compare.md, compare.png and measurements.tsv to benchmarks/results, the reference run the docs quote." };
        var note = new Option<string?>("--note") { Description = "A note shown at the top of the report.", HelpName = "TEXT" };
        var allColumns = new Option<bool>("--all-columns") { Description = "The shared mode runs every implementation, not only those Layout.cs does not mark Shared: false." };

        var command = new Command("compare", "Every pipeline x implementation, isolated then shared: progress, the ratio tables and target verdicts; report, heatmap and BenchmarkDotNet's logs in the output folder.")
        {
            thorough, launches, mode, filter, output, publish, note, allColumns,
        };
        command.SetAction(r =>
        {
            var profile = r.GetValue(thorough) ? JobProfile.Thorough : JobProfile.Quick;
            if (r.GetValue(launches) is { } n) profile = profile with { Launches = n };
            var options = new CompareOptions(profile, r.GetValue(mode) ?? [RunMode.Isolated, RunMode.Shared], r.GetValue(filter), r.GetValue(output), r.GetValue(publish), r.GetValue(note), r.GetValue(allColumns));
            return run(options, [.. r.Tokens.SkipWhile(t => t.Type != TokenType.Command || t.Value != "compare").Skip(1).Select(t => t.Value)]);
        });
        return command;
    }

    private static IReadOnlyList<RunMode> ParseModes(ArgumentResult result)
    {
        if (result.Tokens.Count == 0) return []; // System.CommandLine reports the missing value itself
        var text = result.Tokens[0].Value;
        switch (text)
        {
            case "isolated": return [RunMode.Isolated];
            case "shared": return [RunMode.Shared];
            case "both": return [RunMode.Isolated, RunMode.Shared];
            default:
                result.AddError($"--mode is isolated, shared or both, not '{text}'.");
                return [];
        }
    }

    /// <summary>The class and method parts of <see cref="Filter"/> (either null when absent or empty).</summary>
    public (string? Type, string? Method) SplitFilter()
    {
        if (Filter is null) return (null, null);
        int dot = Filter.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0) return (Filter, null);
        string type = Filter[..dot], method = Filter[(dot + 1)..];
        return (type.Length == 0 ? null : type, method.Length == 0 ? null : method);
    }
}
