using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;

namespace Streams.Docs.Tests.Harness;

/// <summary>The markdown files whose C# blocks are compiled, and the assemblies each file's blocks see.</summary>
/// <remarks>A package README (a README.md beside a project under src/, the file that project packs into its nupkg) is
/// compiled against that package's assembly and what it depends on, only: what a user who installed that one package
/// has. README.md and docs/*.md are compiled against every package. The assemblies are the libraries' build output as
/// copied to this test's output directory: the same files <c>dotnet pack</c> puts in lib/net10.0 of each package.</remarks>
internal static partial class DocSet
{
    /// <summary>The repository root: the nearest folder above the test's output that holds Streams.sln.</summary>
    public static readonly string Root = FindRoot();

    private static readonly Lazy<IReadOnlyList<DocFile>> LazyFiles = new(FindFiles);
    private static readonly Lazy<IReadOnlyDictionary<string, DocBlock>> LazyBlocks = new(() =>
        Files.SelectMany(f => f.Blocks).ToDictionary(b => b.Id));

    /// <summary>Every file read, with its blocks and the assemblies its blocks are compiled against.</summary>
    public static IReadOnlyList<DocFile> Files => LazyFiles.Value;

    /// <summary>Every C# block, by <see cref="DocBlock.Id"/>.</summary>
    public static IReadOnlyDictionary<string, DocBlock> Blocks => LazyBlocks.Value;

    /// <summary>The assemblies a block is compiled against (full paths).</summary>
    public static IReadOnlyList<string> AssembliesFor(DocBlock block) =>
        Files.Single(f => f.Path == block.File).Assemblies;

    private static readonly string FrameworkDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;

    [GeneratedRegex(@"<AssemblyName>\s*([^<\s]+)\s*</AssemblyName>")]
    private static partial Regex AssemblyName();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Streams.sln"))) return dir.FullName;
        throw new InvalidOperationException($"no Streams.sln above {AppContext.BaseDirectory}");
    }

    private static IReadOnlyList<DocFile> FindFiles()
    {
        var packages = new List<(string Readme, string Assembly)>();
        foreach (var readme in Directory.EnumerateFiles(Path.Combine(Root, "src"), "README.md", SearchOption.AllDirectories))
        {
            var project = Directory.EnumerateFiles(Path.GetDirectoryName(readme)!, "*.csproj").SingleOrDefault();
            if (project is null) continue;
            var name = AssemblyName().Match(File.ReadAllText(project)) is { Success: true } m
                ? m.Groups[1].Value
                : Path.GetFileNameWithoutExtension(project);
            packages.Add((readme, Path.Combine(AppContext.BaseDirectory, name + ".dll")));
        }
        var everyPackage = packages.SelectMany(p => Closure(p.Assembly)).Distinct().Order(StringComparer.Ordinal).ToList();

        var files = new List<DocFile> { Read(Path.Combine(Root, "README.md"), everyPackage) };
        files.AddRange(Directory.EnumerateFiles(Path.Combine(Root, "docs"), "*.md").Order(StringComparer.Ordinal)
            .Select(f => Read(f, everyPackage)));
        files.AddRange(packages.OrderBy(p => p.Readme, StringComparer.Ordinal)
            .Select(p => Read(p.Readme, Closure(p.Assembly), packageAssembly: p.Assembly)));
        return files;
    }

    private static DocFile Read(string path, IReadOnlyList<string> assemblies, string? packageAssembly = null)
    {
        var relative = Path.GetRelativePath(Root, path).Replace('\\', '/');
        return new DocFile(relative, MarkdownReader.Read(relative, File.ReadAllText(path)), assemblies, packageAssembly);
    }

    /// <summary>The assembly and, transitively, every assembly it references that ships beside it (Streams.Pull,
    /// System.Reactive); framework assemblies come from the reference pack instead.</summary>
    public static IReadOnlyList<string> Closure(string assembly)
    {
        if (!File.Exists(assembly)) throw new FileNotFoundException("a package's assembly is not in the test output", assembly);
        var seen = new SortedSet<string>(StringComparer.Ordinal);
        var todo = new Stack<string>([assembly]);
        while (todo.TryPop(out var next))
        {
            if (!seen.Add(next)) continue;
            using var pe = new PEReader(File.OpenRead(next));
            var md = pe.GetMetadataReader();
            foreach (var handle in md.AssemblyReferences)
            {
                var name = md.GetString(md.GetAssemblyReference(handle).Name) + ".dll";
                var file = Path.Combine(AppContext.BaseDirectory, name);
                if (File.Exists(file) && !File.Exists(Path.Combine(FrameworkDirectory, name))) todo.Push(file);
            }
        }
        return [.. seen];
    }
}

/// <summary>A markdown file and what its blocks are compiled against.</summary>
/// <param name="Path">Relative to the repository root.</param>
/// <param name="Blocks">Its C# blocks.</param>
/// <param name="Assemblies">The library assemblies its blocks see.</param>
/// <param name="PackageAssembly">For a package README, that package's assembly.</param>
internal sealed record DocFile(string Path, IReadOnlyList<DocBlock> Blocks, IReadOnlyList<string> Assemblies, string? PackageAssembly);
