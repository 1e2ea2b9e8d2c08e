using Streams.Laws;
using Streams.Tests.Doubles;

namespace Streams.Tests.Laws;

/// <summary>
/// Turns a table entry with a generated case, or a random pipeline, into the subject of the law kit's observed laws
/// (<c>src/Laws/Observed/ObservedLaws.cs</c>, the one implementation of the laws): how to build it over a watched
/// primary source of the case's shape, its model output, which sources it owns and its laziness contract.
/// </summary>
internal static class Subject
{
    public static LawSubject<int> Of(OpEntry e, OpCase c) => new(log => Build(e, c, log), e.Model(c.Input.ToList(),
        c.Args))
    {
        Owned = stage => !(e.Borrows && stage < 0),
        MaxPulls = k => e.MaxPulls(k, c.Args),
        Interceptions = () => MismatchAsValue.Caught,
    };

    public static LawSubject<int> Of(PipelineCase p) => new(log => p.Build(new Sources(log)), p.Model())
    {
        Owned = p.Owned,
        Interceptions = () => MismatchAsValue.Caught,
    };

    /// <summary>The entry over an infinite probe; the expected output is the model's on the prefix the entry's pull
    /// bound allows for k outputs, or null when the entry has no bound (then the law does not apply).</summary>
    public static LawSubject<int>? OnInfinite(OpEntry e, OpArgs a, int k)
    {
        if (e.MaxPulls(k, a) is not int bound) return null;
        var prefix = Enumerable.Range(0, bound).Select(Generators.InfiniteAt).ToList();
        return new(log => BuildOnInfinite(e, a, log), e.Model(prefix, a));
    }

    private static Iter<int> Build(OpEntry e, OpCase c, SourceLog log)
    {
        var sources = new Sources(log) { Stage = -1 };
        var primary = sources.Primary(c);
        sources.Stage = 0;
        return e.Build(primary, c.Args, sources);
    }

    private static Iter<int> BuildOnInfinite(OpEntry e, OpArgs a, SourceLog log)
    {
        var src = Probe<int>.Infinite(Generators.InfiniteAt, limit: 10_000);
        var sources = new Sources(log) { Stage = -1 };
        log.Add(src, Watch.Probe(src));
        sources.Stage = 0;
        return e.Build(src, a, sources);
    }
}
