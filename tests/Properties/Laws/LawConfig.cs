using FsCheck;
using FsCheck.Xunit;

namespace Streams.Tests.Laws;

/// <summary>
/// One place for how many cases every law runs: <c>STREAMS_PROPERTY_CASES</c> (default 1000) — the <c>--stress</c>
/// setting, e.g. <c>STREAMS_PROPERTY_CASES=20000 dotnet test tests/Properties --filter FullyQualifiedName~Laws</c>.
/// </summary>
public static class LawConfig
{
    public static int Cases { get; } =
        int.TryParse(Environment.GetEnvironmentVariable("STREAMS_PROPERTY_CASES"), out var n) && n > 0 ? n : 1000;

    /// <summary>Cases per row of the operator table (a sixteenth of <see cref="Cases"/>, at least 50): the table runs
    /// each law once per entry and source shape, six shapes, so an entry meets about 370 cases per law by default,
    /// which keeps the whole property project within twice the run time it had before the shapes.</summary>
    public static int CasesPerShape { get; } = Math.Max(50, Cases / 16);

    public static Config Config => Config.QuickThrowOnFailure.WithMaxTest(Cases).WithQuietOnSuccess(true);

    /// <summary>Runs a property with <see cref="Cases"/> cases; throws with the shrunk counterexample on
    /// failure.</summary>
    public static void Run(Property property) => Check.One(Config, property);

    /// <summary>Runs a property with an explicit configuration (the planted-bug tests use a fixed seed-free quick
    /// run).</summary>
    public static void Run(Property property, int cases) =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(cases).WithQuietOnSuccess(true), property);
}

/// <summary>[Property] whose case count follows <see cref="LawConfig.Cases"/>.</summary>
public sealed class LawPropertyAttribute : PropertyAttribute
{
    public LawPropertyAttribute() => MaxTest = LawConfig.Cases;
}
