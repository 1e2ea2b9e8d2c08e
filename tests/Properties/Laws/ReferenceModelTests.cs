using FsCheck.Fluent;
using Streams.Laws;
using Xunit;

namespace Streams.Tests.Laws;

/// <summary>Random pipelines of 1–8 operators drawn from the whole table, over a primary source of any shape: each
/// law, with the list model as the oracle.</summary>
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
}
