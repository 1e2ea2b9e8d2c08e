using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Streams.Generators.Tests.Driver;

/// <summary>
/// Law (incremental generation): after an edit inside one method, only the sites whose model changed are emitted
/// again. Three files of pipelines (terminal sites and iterator chains); one lambda in one method of the first file
/// changes (same length, so no other span moves). Then, for every site of the two untouched files:
/// - the steps that feed <c>RegisterSourceOutput</c> report it Cached or Unchanged (its model is equal),
/// - the source-output step reports it Cached (the emission did not run), and
/// - its generated text is the very object of the first run (emission that ran would have made a new one);
/// and the edited site is reported Modified with new text, so the test can fail; and no per-site output holds generated
/// text (the text is written from the model in the output step, not in the transform that reruns on every edit). The
/// other sites of the edited file
/// are not asserted: an interceptor names its call by a location that includes a checksum of the file's text, so
/// their generated text does change.
/// </summary>
public class OneMethodEditTests
{
    private const int Files = 3;

    private static string File(int f, string edit = "* 2") => $$"""
        using System.Collections.Generic;
        using Streams;

        public static class Pipelines{{f}}
        {
            public static int Edited(int[] a) => Pull.From(a).Map(x => x {{edit}}).Filter(x => x > 3).Sum();
            public static long Range(int n) => Pull.Range(0L, (long)n).Filter(x => x % {{f + 2}} == 0).Take(5).Sum();
            public static bool Any(Iter<int> it, int k) => it.Skip(1).Any(x => x > k + {{f}});
            public static List<int> List(List<int> l) => Pull.From(l).Map(x => x + {{f}}).Take(3).ToList();
            public static Iter<int> Iterator(Iter<int> it) => it.Filter(x => x != {{f}}).Map(x => x * 3);
            public static int Count(int[] a) => Pull.From(a).TakeWhile(x => x < 10).DropWhile(x => x < {{f}}).Count();
        }
        """;

    // Steps whose outputs are the per-site values handed to RegisterSourceOutput.
    private static readonly string[] SiteSteps = [FusionGenerator.SitesStep, FusionGenerator.IteratorSitesStep];

    [Fact]
    public void An_edit_inside_one_method_emits_only_that_files_sites_again()
    {
        var compilation = Harness.Compile(Enumerable.Range(0, Files).Select(f => ($"Pipelines{f}.cs", File(f))));
        var driver = Harness.Driver().RunGenerators(compilation);
        var first = driver.GetRunResult().Results.Single();
        int sitesPerFile = Harness.Sites(first).Count(s => s.HintName.Contains("Pipelines1", StringComparison.Ordinal));
        Assert.Equal(6, sitesPerFile);
        Assert.Equal(Files * sitesPerFile, Harness.Sites(first).Length);

        var editedTree = compilation.SyntaxTrees.First();
        var edited = compilation.ReplaceSyntaxTree(
            editedTree,
            CSharpSyntaxTree.ParseText(File(0, edit: "* 7"), Harness.ParseOptions, path: editedTree.FilePath));
        var second = driver.RunGenerators(edited).GetRunResult().Results.Single();

        // At most the edited file's sites are new or modified in the per-site steps and in the source output.
        var siteOutputs = SiteSteps.Where(second.TrackedSteps.ContainsKey)
            .SelectMany(name => second.TrackedSteps[name]).SelectMany(step => step.Outputs).ToList();
        Assert.Equal(Files * sitesPerFile, siteOutputs.Count(o => o.Value is not null));
        int changed = siteOutputs.Count(o => o.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified);
        Assert.InRange(changed, 1, sitesPerFile);
        Assert.All(siteOutputs.Where(o => o.Reason is not (IncrementalStepRunReason.New or IncrementalStepRunReason.Modified)),
            o => Assert.Contains(o.Reason, new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged }));

        var emitted = second.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(step => step.Outputs).ToList();
        int reemitted = emitted.Count(o => o.Reason is not IncrementalStepRunReason.Cached);
        Assert.InRange(reemitted, 1, sitesPerFile);

        // The untouched files' texts are the same objects: their emission did not run again.
        foreach (var source in Harness.Sites(first).Where(s => !s.HintName.Contains("Pipelines0", StringComparison.Ordinal)))
        {
            var again = second.GeneratedSources.Single(s => s.HintName == source.HintName);
            Assert.Same(source.SourceText, again.SourceText);
        }
        // The edited site's text is new: the edit reached the generated code.
        Assert.DoesNotContain(first.GeneratedSources, s => s.SourceText.ToString().Contains("x * 7", StringComparison.Ordinal));
        Assert.Single(second.GeneratedSources, s => s.SourceText.ToString().Contains("x * 7", StringComparison.Ordinal));

        // What the per-site steps hand on is a model, not finished text: the text is written in RegisterSourceOutput,
        // which runs only for a changed model, not in the per-site transform, which runs for every site on every edit.
        foreach (var output in siteOutputs)
        {
            Assert.True(HoldsNoGeneratedText(output.Value, depth: 4), $"a per-site step output holds generated text: {output.Value}");
        }
    }

    // False when the value, or a value it holds (properties, fields, elements; a few levels deep), is a string of
    // generated code.
    private static bool HoldsNoGeneratedText(object? value, int depth)
    {
        switch (value)
        {
            case null:
                return true;
            case string text:
                return !text.Contains("<auto-generated", StringComparison.Ordinal) && !text.Contains("InterceptsLocation", StringComparison.Ordinal);
            case var _ when depth == 0 || value.GetType().IsPrimitive || value is Enum:
                return true;
            case System.Collections.IEnumerable items:
                return items.Cast<object?>().All(item => HoldsNoGeneratedText(item, depth - 1));
        }
        const System.Reflection.BindingFlags Instance =
            System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic;
        return value.GetType().GetFields(Instance).All(f => HoldsNoGeneratedText(f.GetValue(value), depth - 1));
    }
}
