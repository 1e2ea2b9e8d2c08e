namespace Streams.Benchmarks.Compare;

/// <summary>Where the repository is, found from the binary's folder (benchmarks/bin/Release/net10.0) or the working directory.</summary>
public static class Paths
{
    /// <summary>The folder holding Streams.sln and benchmarks/.</summary>
    /// <exception cref="DirectoryNotFoundException">Neither the binary nor the working directory is inside the repository.</exception>
    public static string RepositoryRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "benchmarks", "Streams.Benchmarks.csproj"))) return dir.FullName;
            }
        }
        throw new DirectoryNotFoundException("compare: cannot find the repository (a folder with benchmarks/Streams.Benchmarks.csproj) above the binary or the working directory.");
    }
}
