using FsCheck.Fluent;
using Xunit;

namespace Streams.Tests.Laws;

/// <summary>Random pipelines of 1–8 operators drawn from the whole table: each law, with the list model as the oracle.</summary>
public class ReferenceModelTests
{
    [Fact]
    public void Random_pipelines_match_their_list_model_by_TryNext_and_by_fold() =>
        LawConfig.Run(Prop.ForAll(Generators.Pipelines, p => OperatorLaws.MatchesModel(Subject.Of(p))));

    [Fact]
    public void Random_pipelines_stay_exhausted() =>
        LawConfig.Run(Prop.ForAll(Generators.Pipelines, p => OperatorLaws.ExhaustedStaysExhausted(Subject.Of(p))));

    [Fact]
    public void Random_pipelines_are_one_pass() =>
        LawConfig.Run(Prop.ForAll(Generators.Pipelines, p => OperatorLaws.OnePass(Subject.Of(p), p.K)));

    [Fact]
    public void Random_pipelines_release_every_source_exactly_once() =>
        LawConfig.Run(Prop.ForAll(Generators.Pipelines, p => OperatorLaws.Disposal(Subject.Of(p), p.K)));

    [Fact]
    public void Random_pipelines_build_without_pulling() =>
        LawConfig.Run(Prop.ForAll(Generators.Pipelines, p => OperatorLaws.Lazy(Subject.Of(p), p.K)));
}
