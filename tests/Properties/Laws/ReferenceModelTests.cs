using FsCheck.Fluent;
using Streams.Laws;
using Xunit;

namespace Streams.Tests.Laws;

/// <summary>Random pipelines of 1–8 operators drawn from the whole table, over a primary source of any shape: each
/// law, with the list model as the oracle. Deep pipelines (31 to 65 stages, around the depth guard every 32nd stage
/// becomes) run every law too, so the guard's own pull and fold paths are under the laws.</summary>
public class ReferenceModelTests
{
    [Fact]
    public void Random_pipelines_match_their_list_model_by_TryNext_and_by_fold() =>
        LawConfig.Run(Prop.ForAll(Generators.Pipelines, p => ObservedLaws<int>.MatchesModel(Subject.Of(p))));

    [Fact]
    public void Random_pipelines_stay_exhausted() =>
        LawConfig.Run(Prop.ForAll(Generators.Pipelines, p => ObservedLaws<int>.ExhaustedStaysExhausted(Subject.Of(p))));

    [Fact]
    public void Random_pipelines_are_one_pass() =>
        LawConfig.Run(Prop.ForAll(Generators.Pipelines, p => ObservedLaws<int>.OnePass(Subject.Of(p), p.K)));

    [Fact]
    public void Random_pipelines_release_every_source_exactly_once() =>
        LawConfig.Run(Prop.ForAll(Generators.Pipelines, p => OperatorLawTests.Ownership(Subject.Of(p), p.K)));

    [Fact]
    public void Random_pipelines_build_without_pulling() =>
        LawConfig.Run(Prop.ForAll(Generators.Pipelines, p => ObservedLaws<int>.Lazy(Subject.Of(p), p.K)));

    [Fact]
    public void Deep_pipelines_obey_every_law_around_the_depth_guards() =>
        LawConfig.Run(Prop.ForAll(Generators.DeepPipelines, p =>
        {
            ObservedLaws<int>.MatchesModel(Subject.Of(p));
            ObservedLaws<int>.ExhaustedStaysExhausted(Subject.Of(p));
            ObservedLaws<int>.OnePass(Subject.Of(p), p.K);
            OperatorLawTests.Ownership(Subject.Of(p), p.K);
            ObservedLaws<int>.Lazy(Subject.Of(p), p.K);
        }), LawConfig.CasesPerShape);
}
