using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.CodeAnalysis.Diagnostics;
using Streams.Generators.Analyzers;
using Xunit;

namespace Streams.Generators.Tests.Analyzers;

/// <summary>Every diagnostic's help link is absolute, points into the repository the packages name as their
/// RepositoryUrl, and lands on a section of docs/analyzers.md that exists.</summary>
public class HelpLinkTests
{
    private static readonly string Root = FindRoot();

    // Every analyzer the component ships, found by reflection so that a new one is checked too.
    private static readonly string[] AnalyzerTypes =
    [
        .. typeof(LinqOnIterAnalyzer).Assembly.GetTypes()
            .Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && !t.IsAbstract)
            .Select(t => t.FullName!)
            .Order(StringComparer.Ordinal),
    ];

    public static TheoryData<string> Analyzers() => new(AnalyzerTypes);

    [Fact]
    public void The_component_ships_the_four_analyzers()
    {
        Assert.Equal(
            ["Streams.Generators.Analyzers.ClosureFormAnalyzer", "Streams.Generators.Analyzers.LinqOnIterAnalyzer", "Streams.Generators.Analyzers.MultipleEnumerationAnalyzer", "Streams.Generators.Analyzers.ReuseAfterConsumeAnalyzer"],
            AnalyzerTypes);
    }

    [Theory]
    [MemberData(nameof(Analyzers))]
    public void Each_help_link_is_the_repositorys_section_for_the_diagnostic(string analyzerType)
    {
        var analyzer = (DiagnosticAnalyzer)Activator.CreateInstance(typeof(LinqOnIterAnalyzer).Assembly.GetType(analyzerType)!)!;
        var repository = RepositoryUrl();
        var docs = File.ReadAllText(Path.Combine(Root, "docs", "analyzers.md"));
        Assert.NotEmpty(analyzer.SupportedDiagnostics);
        foreach (var descriptor in analyzer.SupportedDiagnostics)
        {
            Assert.Equal($"{repository}/blob/main/docs/analyzers.md#{descriptor.Id.ToLowerInvariant()}", descriptor.HelpLinkUri);
            Assert.True(Uri.TryCreate(descriptor.HelpLinkUri, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps, descriptor.HelpLinkUri);
            // GitHub's anchor for a heading "## STRM003" is "#strm003".
            Assert.Matches(new Regex($"^## {descriptor.Id}\\s*$", RegexOptions.Multiline), docs);
        }
    }

    [Fact]
    public void The_analyzers_use_the_repository_url_the_packages_carry()
    {
        Assert.Equal(HelpLinks.RepositoryUrl, RepositoryUrl());
    }

    // The RepositoryUrl that Directory.Build.props gives every package.
    private static string RepositoryUrl()
    {
        var props = XDocument.Load(Path.Combine(Root, "Directory.Build.props"));
        var urls = props.Descendants("RepositoryUrl").Select(e => e.Value.Trim()).Distinct().ToList();
        return Assert.Single(urls);
    }

    private static string FindRoot()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "Streams.sln"))) root = Path.GetDirectoryName(root)!;
        return root;
    }
}
