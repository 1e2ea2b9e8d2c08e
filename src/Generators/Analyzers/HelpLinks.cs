namespace Streams.Generators.Analyzers;

/// <summary>Where each diagnostic's documentation lives: an absolute link a package user can follow from the IDE.</summary>
internal static class HelpLinks
{
    /// <summary>The repository the packages carry as their RepositoryUrl (Directory.Build.props; a test keeps the two
    /// equal).</summary>
    public const string RepositoryUrl = "https://github.com/streams-contributors/Streams";

    /// <summary>The section of docs/analyzers.md on the default branch that documents <paramref name="id"/>.</summary>
    public static string For(string id) => RepositoryUrl + "/blob/main/docs/analyzers.md#" + id.ToLowerInvariant();
}
