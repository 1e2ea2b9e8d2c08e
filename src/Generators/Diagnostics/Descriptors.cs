// Diagnostics: the two info diagnostics every site the generator sees gets, STRM100 (fused) and STRM101 (not fused,
// with the reason), and how a site's model becomes one.
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Streams.Generators.Model;

namespace Streams.Generators.Diagnostics;

/// <summary>The fusion generator's diagnostics.</summary>
internal static class Descriptors
{
    /// <summary>STRM100: the site runs as generated code.</summary>
    public static readonly DiagnosticDescriptor Fused = new(
        "STRM100", "Pipeline fused", "{0}", "Streams.Fusion", DiagnosticSeverity.Info, isEnabledByDefault: true,
        description: "The pipeline expression at this call runs as one generated loop, or, without a terminal, as one generated iterator.");

    /// <summary>STRM101: the site runs through the library, and the message says why.</summary>
    public static readonly DiagnosticDescriptor NotFused = new(
        "STRM101", "Pipeline not fused", "{0}", "Streams.Fusion", DiagnosticSeverity.Info, isEnabledByDefault: true,
        description: "The call (a terminal, or the last operator call of a chain without one) runs through the library as written; the message says why.");

    /// <summary>The site's STRM100 or STRM101.</summary>
    public static Diagnostic For(SiteModel site)
    {
        var s = site.Span;
        var location = Location.Create(
            s.Path,
            new TextSpan(s.Start, s.Length),
            new LinePositionSpan(new LinePosition(s.StartLine, s.StartColumn), new LinePosition(s.EndLine, s.EndColumn)));
        return Diagnostic.Create(site.Fused ? Fused : NotFused, location, site.Message);
    }

    /// <summary>STRM004: a FlatMap selector whose inner Map lambdas capture the outer element (a closure and delegates per
    /// outer element); the code fix rewrites it to SelectMany with a result selector.</summary>
    public static readonly DiagnosticDescriptor ClosureForm = new(
        "STRM004", "A nested pipeline's inner lambda captures the outer element",
        "{0}'s selector allocates {1} per outer element ({2}) because its inner Map captures '{3}'; SelectMany({3} => inner, ({3}, {4}) => ...) keeps '{3}' in the iterator and allocates neither",
        "Streams.Performance", DiagnosticSeverity.Info, isEnabledByDefault: true,
        description: "FlatMap(x => inner.Map(y => f(x, y))): the compiler allocates a closure holding x and a delegate for each capturing inner lambda on every call of the outer lambda, before any library or generated code runs. SelectMany(x => inner, (x, y) => f(x, y)) computes the same elements with the same calls in the same order and captures nothing per outer element.",
        helpLinkUri: Streams.Generators.Analyzers.HelpLinks.For("STRM004"));
}
