using FsCheck.Fluent;
using Xunit;

namespace Streams.Tests.Laws;

/// <summary>
/// Every law over every registered operator: one theory per law, one row per table entry (so a failure names the
/// operator), each row an FsCheck property of <see cref="LawConfig.Cases"/> cases (1,000 by default).
/// </summary>
public class OperatorLawTests
{
    public static TheoryData<string> Operators => new(OperatorTable.Entries.Select(e => e.ToString()));

    [Theory, MemberData(nameof(Operators))]
    public void Exhausted_stays_exhausted_after_end_exception_and_over_resuming_sources(string op)
    {
        var e = OperatorTable.Find(op);
        LawConfig.Run(Prop.ForAll(Generators.Cases(), c => OperatorLaws.ExhaustedStaysExhausted(Subject.Of(e, c))));
    }

    [Theory, MemberData(nameof(Operators))]
    public void One_pass_only(string op)
    {
        var e = OperatorTable.Find(op);
        LawConfig.Run(Prop.ForAll(Generators.Cases(withFailingSources: false), c => OperatorLaws.OnePass(Subject.Of(e, c), c.K)));
    }

    [Theory, MemberData(nameof(Operators))]
    public void Lazy_builds_without_pulling_and_pulls_no_more_than_needed(string op)
    {
        var e = OperatorTable.Find(op);
        LawConfig.Run(Prop.ForAll(Generators.Cases(), c => OperatorLaws.Lazy(Subject.Of(e, c), c.K)));
    }

    [Theory, MemberData(nameof(Operators))]
    public void Every_source_released_exactly_once_by_the_ownership_rule(string op)
    {
        var e = OperatorTable.Find(op);
        LawConfig.Run(Prop.ForAll(Generators.Cases(), c => OperatorLaws.Disposal(Subject.Of(e, c), c.K)));
    }

    [Theory, MemberData(nameof(Operators))]
    public void Matches_its_list_model_by_TryNext_and_by_fold(string op)
    {
        var e = OperatorTable.Find(op);
        LawConfig.Run(Prop.ForAll(Generators.Cases(withFailingSources: false), c => OperatorLaws.MatchesModel(Subject.Of(e, c))));
    }

    [Theory, MemberData(nameof(Operators))]
    public void Terminates_on_an_infinite_source_when_it_has_a_pull_bound(string op)
    {
        var e = OperatorTable.Find(op);
        LawConfig.Run(Prop.ForAll(Generators.Cases(withFailingSources: false), c => OperatorLaws.TerminatesOnInfinite(e, c.Args, c.K)));
    }
}
