using System.Globalization;

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
    public const string Usage =
        "usage: compare [--thorough] [--launches N] [--mode isolated|shared|both] [--filter CLASS[.METHOD]] [--out DIR] [--publish] [--note TEXT] [--all-columns]";

    /// <summary>Parses the arguments after <c>compare</c>.</summary>
    /// <exception cref="ArgumentException">An unknown option, a missing value or a bad number or mode.</exception>
    public static CompareOptions Parse(IReadOnlyList<string> args)
    {
        var profile = JobProfile.Quick;
        int? launches = null;
        IReadOnlyList<RunMode> modes = [RunMode.Isolated, RunMode.Shared];
        string? filter = null, output = null, note = null;
        bool publish = false, allColumns = false;
        for (int i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--thorough": profile = JobProfile.Thorough; break;
                case "--publish": publish = true; break;
                case "--all-columns": allColumns = true; break;
                case "--launches":
                    launches = int.TryParse(Value(args, ref i), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
                        ? n : throw new ArgumentException($"--launches needs a positive whole number. {Usage}", nameof(args));
                    break;
                case "--mode":
                    modes = Value(args, ref i) switch
                    {
                        "isolated" => [RunMode.Isolated],
                        "shared" => [RunMode.Shared],
                        "both" => [RunMode.Isolated, RunMode.Shared],
                        var m => throw new ArgumentException($"--mode is isolated, shared or both, not '{m}'. {Usage}", nameof(args)),
                    };
                    break;
                case "--filter": filter = Value(args, ref i); break;
                case "--out": output = Value(args, ref i); break;
                case "--note": note = Value(args, ref i); break;
                default: throw new ArgumentException($"Unknown option '{args[i]}'. {Usage}", nameof(args));
            }
        }
        if (launches is { } l) profile = profile with { Launches = l };
        return new CompareOptions(profile, modes, filter, output, publish, note, allColumns);
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

    private static string Value(IReadOnlyList<string> args, ref int i) =>
        ++i < args.Count ? args[i] : throw new ArgumentException($"{args[i - 1]} needs a value. {Usage}", nameof(args));
}
