using System.Text.RegularExpressions;
using Streams.Docs.Tests.Harness;
using Xunit;

namespace Streams.Docs.Tests;

/// <summary>README.md's install section names every package, at the version the packages are built with.</summary>
public partial class InstallSectionTests
{
    [GeneratedRegex(@"<PackageReference Include=""(?<id>[^""]+)"" Version=""(?<version>[^""]+)""")]
    private static partial Regex PackageReference();

    [GeneratedRegex(@"--version (?<version>\S+?)`")]
    private static partial Regex AddPackageVersion();

    [GeneratedRegex(@"<Version>(?<version>[^<]+)</Version>")]
    private static partial Regex Version();

    [Fact]
    public void Lists_every_package_at_the_version_of_Directory_Build_props()
    {
        var readme = File.ReadAllText(Path.Combine(DocSet.Root, "README.md"));
        var version = Version().Match(File.ReadAllText(Path.Combine(DocSet.Root, "Directory.Build.props"))).Groups["version"].Value;
        Assert.NotEmpty(version);
        var references = PackageReference().Matches(readme).ToList();
        var packages = DocSet.Files.Where(f => f.PackageAssembly is not null)
            .Select(f => Path.GetFileNameWithoutExtension(f.PackageAssembly!)).Order(StringComparer.Ordinal);
        Assert.Equal(packages, references.Select(m => m.Groups["id"].Value).Order(StringComparer.Ordinal));
        Assert.All(references, m => Assert.Equal(version, m.Groups["version"].Value));
        Assert.All(AddPackageVersion().Matches(readme), m => Assert.Equal(version, m.Groups["version"].Value));
    }
}
