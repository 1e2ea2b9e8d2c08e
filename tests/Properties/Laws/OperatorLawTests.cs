using FsCheck.Fluent;
using Streams.Laws;
using Xunit;

namespace Streams.Tests.Laws;

/// <summary>
/// Every law over every registered operator and every source shape: one theory per law, one row per table entry and
/// shape (so a failure names both), each row an FsCheck property of <see cref="LawConfig.CasesPerShape"/> cases. The
/// shapes send each law through the fast paths (span cursor, count capability, fused stages, vectorised Sum);
/// <see cref="SourceShapes.NotApplicable"/> is the one place that says which law skips which shape, and why.
/// The laws themselves are the law kit's (<c>src/Laws/Observed/ObservedLaws.cs</c>).
/// </summary>
public class OperatorLawTests
{
    public static TheoryData<string, SourceShape> Rows(TableLaw law)
    {
        var rows = new TheoryData<string, SourceShape>();
        foreach (var e in OperatorTable.Entries)
        {
            // An entry with no pull bound has no finite prefix to compare on an infinite source: no row, rather than
            // a row that checks nothing.
            if (law == TableLaw.TerminatesOnInfinite && !OperatorTable.HasPullBound(e)) continue;
            foreach (var shape in SourceShapes.All)
                if (SourceShapes.NotApplicable(law, shape) is null) rows.Add(e.ToString(), shape);
        }
        return rows;
    }

    [Theory, MemberData(nameof(Rows), TableLaw.ExhaustedStaysExhausted)]
    public void Exhausted_stays_exhausted_after_end_exception_and_over_resuming_sources(string op, SourceShape shape) =>
        Check(op, shape, withFailingSources: true, (s, _) => ObservedLaws<int>.ExhaustedStaysExhausted(s));

    [Theory, MemberData(nameof(Rows), TableLaw.OnePass)]
    public void One_pass_only(string op, SourceShape shape) =>
        Check(op, shape, withFailingSources: false, ObservedLaws<int>.OnePass);

    [Theory, MemberData(nameof(Rows), TableLaw.Lazy)]
    public void Lazy_builds_without_pulling_and_pulls_no_more_than_needed(string op, SourceShape shape) =>
        Check(op, shape, withFailingSources: true, ObservedLaws<int>.Lazy);

    [Theory, MemberData(nameof(Rows), TableLaw.Ownership)]
    public void Every_source_released_exactly_once_by_the_ownership_rule(string op, SourceShape shape) =>
        Check(op, shape, withFailingSources: true, Ownership);

    [Theory, MemberData(nameof(Rows), TableLaw.MatchesModel)]
    public void Matches_its_list_model_by_TryNext_by_fold_and_by_terminals(string op, SourceShape shape) =>
        Check(op, shape, withFailingSources: false, (s, _) => ObservedLaws<int>.MatchesModel(s));

    [Theory, MemberData(nameof(Rows), TableLaw.TerminatesOnInfinite)]
    public void Terminates_on_an_infinite_source_when_it_has_a_pull_bound(string op, SourceShape shape)
    {
        Assert.Equal(SourceShape.Probe, shape);
        var e = OperatorTable.Find(op);
        int checkedCases = 0;
        LawConfig.Run(Prop.ForAll(Generators.Cases(withFailingSources: false), c =>
        {
            var s = Subject.OnInfinite(e, c.Args, c.K) ?? throw new InvalidOperationException(
                $"{op} has a row on an infinite source but no pull bound for k={c.K}");
            ObservedLaws<int>.FirstOutputs(s, c.K);
            checkedCases++;
        }), LawConfig.CasesPerShape);
        Assert.Equal(LawConfig.CasesPerShape, checkedCases);
    }

    /// <summary>The ownership law, ending the run by TryNext, by Dispose after k pulls, or by a fold, as k
    /// picks.</summary>
    internal static void Ownership(LawSubject<int> s, int k) => ObservedLaws<int>.Ownership(s, (Ending)(k % 3), k);

    /// <summary>Runs <paramref name="law"/> over generated cases (<see cref="LawConfig.CasesPerShape"/> unless
    /// given) of one entry and one shape.</summary>
    internal static void Check(string op, SourceShape shape, bool withFailingSources, Action<LawSubject<int>, int> law,
        int? cases = null) => Check(OperatorTable.Find(op), shape, withFailingSources, law, cases);

    /// <summary>Runs <paramref name="law"/> over generated cases of an entry (a table entry, or one with a planted
    /// copy of library code in it) and one shape.</summary>
    internal static void Check(OpEntry e, SourceShape shape, bool withFailingSources, Action<LawSubject<int>, int> law,
        int? cases = null)
    {
        LawConfig.Run(Prop.ForAll(Generators.Cases(withFailingSources, shape), c => law(Subject.Of(e, c), c.K)),
            cases ?? LawConfig.CasesPerShape);
    }
}
