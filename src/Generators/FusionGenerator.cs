using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Streams.Generators;

/// <summary>
/// Compile-time pipeline fusion: a pipeline written as one expression ending in a terminal
/// (<c>Pull.From(a).Map(x =&gt; x * 2).Filter(x =&gt; x &gt; 3).Sum()</c>) is replaced, call by call, through
/// interceptors, with code written for that call site: one loop, lambda bodies inlined where they capture nothing,
/// no stage objects. See docs/fusion.md.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class FusionGenerator : IIncrementalGenerator
{
    /// <summary>The tracking name of the per-site step (for incremental-caching tests).</summary>
    public const string SitesStep = "FusionSites";

    /// <summary>The tracking name of the per-site step for chains that become one iterator (see IteratorAnalyzer).</summary>
    public const string IteratorSitesStep = "FusionIteratorSites";

    internal static readonly DiagnosticDescriptor Fused = new(
        "STRM100", "Pipeline fused", "{0}", "Streams.Fusion", DiagnosticSeverity.Info, isEnabledByDefault: true,
        description: "The pipeline expression at this call runs as one generated loop, or, without a terminal, as one generated iterator.");

    internal static readonly DiagnosticDescriptor NotFused = new(
        "STRM101", "Pipeline not fused", "{0}", "Streams.Fusion", DiagnosticSeverity.Info, isEnabledByDefault: true,
        description: "The call (a terminal, or the last operator call of a chain without one) runs through the library as written; the message says why.");

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var enabled = context.AnalyzerConfigOptionsProvider.Select(static (options, _) =>
            !options.GlobalOptions.TryGetValue("build_property.StreamsFusion", out var value)
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

        context.RegisterSourceOutput(sites.Combine(enabled), static (spc, pair) => Report(spc, pair.Left, pair.Right));
        context.RegisterSourceOutput(iteratorSites.Combine(enabled), static (spc, pair) => Report(spc, pair.Left, pair.Right));
    }

    private static void Report(SourceProductionContext spc, SiteModel? site, bool on)
    {
        if (!on || site is null) return;
        var location = Location.Create(
            site.FilePath,
            new TextSpan(site.SpanStart, site.SpanLength),
            new LinePositionSpan(new LinePosition(site.StartLine, site.StartColumn),
                new LinePosition(site.EndLine, site.EndColumn)));
        spc.ReportDiagnostic(Diagnostic.Create(site.Fused ? Fused : NotFused, location, site.Message));
        if (site.Source is not null) spc.AddSource(site.HintName, site.Source);
    }
}
