using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Streams.Generators.Tests.Driver;

/// <summary>
/// The generator's per-site step is cached: after an edit that does not touch a pipeline, every site's output is
/// Cached or Unchanged and no file is regenerated; an edit to a pipeline does regenerate (so the check can fail).
/// </summary>
public class IncrementalTests
{
    private const string Other = "public static class Other { public static int Value => 1; }";

    [Fact]
    public void An_unrelated_edit_regenerates_nothing()
    {
        var compilation = Harness.Compile(Harness.Snippet("Pull.From(a).Map(x => x * 2).Filter(x => x > 3).Sum()"), Other);
        var driver = Harness.Driver().RunGenerators(compilation);

        var edited = compilation.ReplaceSyntaxTree(
            compilation.SyntaxTrees.Last(),
            CSharpSyntaxTree.ParseText(Other.Replace("=> 1", "=> 2"), Harness.ParseOptions, path: "Snippet1.cs"));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        var outputs = result.TrackedSteps[FusionGenerator.SitesStep].SelectMany(step => step.Outputs).ToList();
        Assert.NotEmpty(outputs);
        Assert.All(outputs, o => Assert.Contains(o.Reason, new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged }));
        Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(step => step.Outputs),
            o => Assert.Contains(o.Reason, new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged }));
    }

    [Fact]
    public void An_edit_to_the_pipeline_regenerates_it()
    {
        var compilation = Harness.Compile(Harness.Snippet("Pull.From(a).Map(x => x * 2).Sum()"));
        var driver = Harness.Driver().RunGenerators(compilation);

        var edited = compilation.ReplaceSyntaxTree(
            compilation.SyntaxTrees.Single(),
            CSharpSyntaxTree.ParseText(Harness.Snippet("Pull.From(a).Map(x => x * 3).Sum()"), Harness.ParseOptions, path: "Snippet0.cs"));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        Assert.Contains(result.TrackedSteps[FusionGenerator.SitesStep].SelectMany(step => step.Outputs),
            o => o.Reason == IncrementalStepRunReason.Modified || o.Reason == IncrementalStepRunReason.New);
    }
}
