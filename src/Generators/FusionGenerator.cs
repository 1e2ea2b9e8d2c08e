// The generator's entry point: wires analysis (Analysis/, syntax to model) to emission (Emission/, model to text)
// through the incremental pipeline. See CONTRIBUTING.md, "Fusion generator", for the map of the folders.
using System.Linq;
using Microsoft.CodeAnalysis;
using Streams.Generators.Analysis;
using Streams.Generators.Diagnostics;
using Streams.Generators.Emission;
using Streams.Generators.Model;

namespace Streams.Generators;

/// <summary>
/// Compile-time pipeline fusion: a pipeline written as one expression ending in a terminal
/// (<c>Pull.From(a).Map(x =&gt; x * 2).Filter(x =&gt; x &gt; 3).Sum()</c>) is replaced, call by call, through
/// interceptors, with code written for that call site: one loop, lambda bodies inlined where they capture nothing,
/// no stage objects. See docs/fusion.md.
/// </summary>
/// <remarks>
/// <para><b>Pipeline.</b> Two syntax providers (terminal sites, <see cref="SitesStep"/>; chains without a terminal,
/// <see cref="IteratorSitesStep"/>) run analysis only: each produces a <see cref="SiteModel"/> per site, plain values
/// compared by value, with no generated text and no Roslyn object in it. Emission runs in
/// <c>RegisterSourceOutput</c>, from the model alone, and only for a model that is new or changed: for a site whose
/// model compares equal to the previous run's (step reason <c>Unchanged</c> or <c>Cached</c>), the output step is
/// <c>Cached</c> and no text is written again.</para>
/// <para><b>What an edit re-emits.</b> The model holds the data of each call's <c>[InterceptsLocation]</c>, which
/// encodes a checksum of the call's file, and the site's spans. So an edit to a file gives every fused site <i>in that
/// file</i> a new model, and those sites are emitted again (their text is the same apart from the location data and
/// any line that moved). Sites in every other file keep equal models and are not emitted again: their transform may
/// run again (the compilation changed) but emission does not.</para>
/// </remarks>
[Generator(LanguageNames.CSharp)]
public sealed class FusionGenerator : IIncrementalGenerator
{
    /// <summary>The tracking name of the per-site model step for terminal sites (for incremental-caching tests): its
    /// outputs are <see cref="SiteModel"/> values, no text.</summary>
    public const string SitesStep = "FusionSites";

    /// <summary>The tracking name of the per-site model step for chains that become one iterator (see
    /// IteratorAnalyzer).</summary>
    public const string IteratorSitesStep = "FusionIteratorSites";

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var enabled = context.AnalyzerConfigOptionsProvider.Select(static (options, _) =>
            !options.GlobalOptions.TryGetValue("build_property.StreamsFusion", out var value)
            || !string.Equals(value?.Trim(), "false", System.StringComparison.OrdinalIgnoreCase));

        // <StreamsVectorize>false</StreamsVectorize>: fused loops stay scalar (Emission/Vector).
        var vectorize = context.AnalyzerConfigOptionsProvider.Select(static (options, _) =>
            !options.GlobalOptions.TryGetValue("build_property.StreamsVectorize", out var value)
            || !string.Equals(value?.Trim(), "false", System.StringComparison.OrdinalIgnoreCase));

        var sites = context.SyntaxProvider
            .CreateSyntaxProvider(
                static (node, _) => PipelineAnalyzer.IsCandidate(node),
                static (ctx, ct) => PipelineAnalyzer.Analyze(ctx, ct))
            .Where(static site => site is not null)
            .WithTrackingName(SitesStep);

        // Chains without a terminal (a foreach collection, a variable, an argument): one generated iterator each.
        var iteratorSites = context.SyntaxProvider
            .CreateSyntaxProvider(
                static (node, _) => IteratorAnalyzer.IsCandidate(node),
                static (ctx, ct) => IteratorAnalyzer.Analyze(ctx, ct))
            .Where(static site => site is not null)
            .WithTrackingName(IteratorSitesStep);

        // Where [InterceptsLocation] comes from: a plain value, equal from one compilation to the next, so the sites'
        // outputs stay cached.
        var attribute = context.CompilationProvider.Select(static (compilation, _) => InterceptsAttribute.Choose(compilation));
        var settings = enabled.Combine(attribute).Combine(vectorize)
            .Select(static (all, _) => (On: all.Left.Left, Attribute: all.Left.Right, Vectorize: all.Right));

        context.RegisterSourceOutput(sites.Combine(settings), static (spc, pair) => Emit(spc, pair.Left, pair.Right));
        context.RegisterSourceOutput(iteratorSites.Combine(settings), static (spc, pair) => Emit(spc, pair.Left, pair.Right));

        // The one declaration of the attribute, when the compilation has none and a site is fused.
        var anyFused = sites.Collect().Combine(iteratorSites.Collect())
            .Select(static (all, _) => all.Left.Any(static s => s!.Fused) || all.Right.Any(static s => s!.Fused));
        context.RegisterSourceOutput(anyFused.Combine(settings), static (spc, pair) =>
        {
            if (pair.Left && pair.Right.On && pair.Right.Attribute == AttributeSource.Shared)
            {
                spc.AddSource(InterceptsAttribute.HintName, InterceptsAttribute.Declaration);
            }
        });
    }

    // Emission: the diagnostic, and the file when the site is fused. Runs from the model alone.
    private static void Emit(SourceProductionContext spc, SiteModel? site, (bool On, AttributeSource Attribute, bool Vectorize) settings)
    {
        if (!settings.On || site is null) return;
        if (settings.Vectorize && site.Fusion is PipelineModel p && Emission.Vector.Vectorisable.Plan(p) is not null)
        {
            site = site with { Message = Emission.Vector.Vectorisable.Message(site.Message) };
        }
        spc.ReportDiagnostic(Descriptors.For(site));
        if (site.Fusion is { } fusion)
        {
            spc.AddSource(site.HintName, Emitter.Write(fusion, site.HintName, localAttribute: settings.Attribute == AttributeSource.Local, settings.Vectorize));
        }
    }
}
