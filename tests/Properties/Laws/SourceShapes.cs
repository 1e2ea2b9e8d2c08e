using Streams.Laws;
using Streams.Tests.Doubles;

namespace Streams.Tests.Laws;

/// <summary>The kinds of primary source the laws run over: one per fast path a source can take.</summary>
public enum SourceShape
{
    /// <summary>A user iterator with only TryAdvance (the instrumented <see cref="Probe{T}"/>).</summary>
    Probe,

    /// <summary><c>Pull.From(int[])</c>: the span and count capabilities, the vectorised terminals.</summary>
    Array,

    /// <summary><c>Pull.From(List&lt;int&gt;)</c>: the same capabilities over a list's backing array.</summary>
    List,

    /// <summary><c>Pull.Range</c> mapped to the input: the range's own fold loop and count capability under a
    /// Map.</summary>
    Range,

    /// <summary>A fused stage over an array (<c>Filter</c> then <c>Map</c> become one stage).</summary>
    FusedStage,

    /// <summary>A user iterator written outside the library that offers the span capability (<see
    /// cref="SpanProbe{T}"/>).</summary>
    UserSpan,
}

/// <summary>The laws of the operator table; each runs once per table entry and source shape.</summary>
public enum TableLaw
{
    ExhaustedStaysExhausted,
    OnePass,
    Lazy,
    Ownership,
    MatchesModel,
    TerminatesOnInfinite,
}

/// <summary>
/// Builds a primary source of each <see cref="SourceShape"/> over given elements, watched so that every law can see
/// how many elements were taken from it and whether it was released, whichever path took them.
/// </summary>
/// <remarks>
/// What each shape lets a law observe, and so where a law applies (the one place that says so):
/// <list type="bullet">
/// <item><description>Every shape: elements taken (a probe counts pulls; the others report their position through
/// the count capability, or the span cursor's position), finished or not, and nothing remaining or not. So every law
/// but one runs on every shape: laziness and pull bounds are measured on the array fast paths too.</description></item>
/// <item><description>Only <see cref="SourceShape.Probe"/> can resume after its end or throw at a chosen element
/// (memory-backed and range sources cannot), so the failing-source cases (<see cref="SourceKind"/>) are drawn for it
/// alone; it alone counts pulls after its end and says exactly when it said end.</description></item>
/// <item><description><see cref="TableLaw.TerminatesOnInfinite"/> runs on the probe only: it needs an infinite source
/// that stops a runaway operator with <see cref="RanAwayException"/>; arrays, lists and ranges are
/// finite.</description></item>
/// <item><description>Release counts are exact for the probe and <see cref="SpanProbe{T}"/>; for the library's own
/// sources a release shows as the source finished (Dispose is idempotent, so once is all it can be), and an end
/// reached through a capability shows only as nothing remaining, so Python's rule is checked as "released only if
/// at its end" there.</description></item>
/// </list>
/// </remarks>
public static class SourceShapes
{
    public static readonly SourceShape[] All = Enum.GetValues<SourceShape>();

    /// <summary>Why <paramref name="law"/> does not run on <paramref name="shape"/>, or null when it does.</summary>
    public static string? NotApplicable(TableLaw law, SourceShape shape) => (law, shape) switch
    {
        (TableLaw.TerminatesOnInfinite, not SourceShape.Probe) =>
            "needs an infinite source that stops a runaway operator",
        _ => null,
    };

    /// <summary>The failing behaviours a shape can have: resuming after the end and throwing need the probe.</summary>
    public static bool CanFail(SourceShape shape) => shape == SourceShape.Probe;

    /// <summary>Makes a source of <paramref name="shape"/> over <paramref name="input"/>, recorded in a fresh
    /// log.</summary>
    public static Iter<int> Make(SourceShape shape, int[] input) => Make(shape, input, new SourceLog(),
        SourceKind.Finite, -1);

    internal static Iter<int> Make(SourceShape shape, int[] input, SourceLog log, SourceKind kind, int throwAt)
    {
        var copy = input.ToArray();
        switch (shape)
        {
            case SourceShape.Probe:
                var probe = new Probe<int>(copy, kind == SourceKind.ResumesAfterEnd, kind == SourceKind.Throws
                    ? throwAt : -1);
                return log.Add(probe, Watch.Probe(probe));
            case SourceShape.Array:
                var array = Streams.Pull.From(copy);
                return log.Add(array, Watch.Counted($"array of {copy.Length}", array, copy.Length));
            case SourceShape.List:
                var list = Streams.Pull.From(copy.ToList());
                return log.Add(list, Watch.Counted($"list of {copy.Length}", list, copy.Length));
            case SourceShape.Range:
                var range = Streams.Pull.Range(0, copy.Length);
                return log.Add(range.Map(i => copy[i]), Watch.Counted($"range of {copy.Length}", range, copy.Length));
            case SourceShape.FusedStage:
                var inner = Streams.Pull.From(copy);
                return log.Add(inner.Filter(KeepAll).Map(Identity),
                    Watch.Counted($"fused stage over an array of {copy.Length}", inner, copy.Length));
            case SourceShape.UserSpan:
                var span = new SpanProbe<int>(copy);
                return log.Add(span, Watch.Span(span, copy.Length));
            default:
                throw new ArgumentOutOfRangeException(nameof(shape));
        }
    }

    private static bool KeepAll(int x) => true;

    private static int Identity(int x) => x;
}

/// <summary>How a source of each shape is watched.</summary>
internal static class Watch
{
    public static WatchedSource Probe(Probe<int> p) => new()
    {
        Name = $"probe {IteratorLaws.Show(p.Items)}",
        Iterator = p,
        Taken = () => p.Pulls,
        Calls = () => p.Calls,
        Releases = () => p.Releases,
        AtEnd = () => p.SaidEnd,
        ExactEnd = true,
        PulledAfterEnd = () => p.PulledAfterEnd,
        Thrown = () => p.Thrown,
    };

    // A library source with the count capability: its position is length - remaining; finished means released or ended.
    public static WatchedSource Counted<T>(string name, Iter<T> source, int length) => new()
    {
        Name = name,
        Iterator = source,
        Taken = () => length - Remaining(source),
        Releases = () => source.IsFinished ? 1 : 0,
        AtEnd = () => Remaining(source) == 0,
    };

    public static WatchedSource Span(SpanProbe<int> p, int length) => new()
    {
        Name = $"user span iterator of {length}",
        Iterator = p,
        Taken = () => p.Pulls,
        Releases = () => p.Releases,
        AtEnd = () => p.Pulls >= length,
    };

    private static int Remaining<T>(Iter<T> source) =>
        source.TryGetRemainingCount(out long n)
            ? (int)n : throw new InvalidOperationException($"{source} lost its count capability");
}
