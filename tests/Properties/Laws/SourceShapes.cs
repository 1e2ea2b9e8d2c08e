using Streams.Tests.Doubles;

namespace Streams.Tests.Laws;

/// <summary>The kinds of primary source the laws run over: one per fast path a source can take.</summary>
public enum SourceShape
{
    /// <summary>A user iterator with only TryAdvance (the instrumented <see cref="Probe{T}"/>).</summary>
    Probe,

    /// <summary><c>Pull.From(int[])</c>: the span capability.</summary>
    Array,

    /// <summary><c>Pull.From(List&lt;int&gt;)</c>.</summary>
    List,

    /// <summary><c>Pull.Range</c> mapped to the input: the range's own fold loop and count capability under a Map.</summary>
    Range,

    /// <summary>A fused stage over an array (<c>Filter</c> then <c>Map</c> become one stage).</summary>
    FusedStage,

    /// <summary>A user iterator written outside the library that offers the span capability (<see cref="SpanProbe{T}"/>).</summary>
    UserSpan,
}

/// <summary>Builds a source of each <see cref="SourceShape"/> over given elements.</summary>
public static class SharedSources
{
    public static Iter<int> Make(SourceShape shape, int[] input) => shape switch
    {
        SourceShape.Probe => new Probe<int>(input),
        SourceShape.Array => Streams.Pull.From(input.ToArray()),
        SourceShape.List => Streams.Pull.From(input.ToList()),
        SourceShape.Range => RangeOver(input),
        SourceShape.FusedStage => Streams.Pull.From(input.ToArray()).Filter(KeepAll).Map(Identity),
        SourceShape.UserSpan => new SpanProbe<int>(input.ToArray()),
        _ => throw new ArgumentOutOfRangeException(nameof(shape)),
    };

    private static Iter<int> RangeOver(int[] input)
    {
        var copy = input.ToArray();
        return Streams.Pull.Range(0, copy.Length).Map(i => copy[i]);
    }

    private static bool KeepAll(int x) => true;

    private static int Identity(int x) => x;
}
