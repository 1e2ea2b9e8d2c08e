using System.Text;

namespace Streams.BuildCost;

/// <summary>
/// Writes the consumer code the build-cost run compiles: <see cref="Files"/> files of one-expression pipelines, one
/// method each, cycling through eight sources (array, list, int and long ranges, Positives, CountFrom over int and
/// long, a user-held <c>Iter&lt;int&gt;</c>), eight operator chains over Map/Filter/Take/Skip/TakeWhile/DropWhile
/// and eight terminals (Sum, Count, Any, All, Min, Max, FirstOrDefault, ToList). The three indices advance at
/// different rates (site i uses source i % 8, chain (i / 8) % 8, terminal (i + i / 64) % 8), so every combination
/// occurs and no two neighbouring sites share more than one part. Every lambda body holds the site's number, so no
/// two sites have the same text. An endless source always gets a Take or TakeWhile before its terminal.
/// </summary>
internal static class SiteMix
{
    /// <summary>How many files the sites are spread over (a build of one project with several source files).</summary>
    public const int Files = 10;

    // (source expression, endless); the elements are int or long, and every chain and terminal below compiles for both.
    private static readonly (string Source, bool Endless)[] Sources =
    [
        ("Pull.From(a)", false),
        ("Pull.From(list)", false),
        ("Pull.Range(0, n)", false),
        ("Pull.Range(0L, (long)n)", false),
        ("Pull.Positives()", true),
        ("Pull.CountFrom(k)", true),
        ("Pull.CountFrom((long)k, 3L)", true),
        ("it", false),
    ];

    // {i} is the site number, {c} a small constant derived from it; x is the element.
    private static readonly string[] Chains =
    [
        ".Map(x => x * {c}).Filter(x => x % 3 != {i} % 3).Take({c} + 10)",
        ".Filter(x => x > {c}).Map(x => x + {i}).Take(50)",
        ".Skip({c}).Take({i} % 40 + 1).Map(x => x - {c})",
        ".TakeWhile(x => x < {i} + 100).Filter(x => (x & 1) == 0)",
        ".DropWhile(x => x < {c}).Take({c} * 2).Map(x => x * x)",
        ".Map(x => x + {i}).Filter(x => x > k).Skip(1).Take(20)",
        ".Take({i} % 90 + 5).Map(x => x ^ {c}).TakeWhile(x => x != {i})",
        ".Filter(x => x != {i}).Map(x => x * 2).Filter(x => x > {c}).Take(30)",
    ];

    private static readonly string[] Terminals =
    [
        ".Sum()",
        ".Count()",
        ".Any(x => x == {i})",
        ".All(x => x != {c})",
        ".Min()",
        ".Max()",
        ".FirstOrDefault(x => x > {c})",
        ".ToList()",
    ];

    /// <summary>The consumer source, <paramref name="sites"/> pipelines in <see cref="Files"/> files.</summary>
    public static IReadOnlyList<(string Path, string Text)> Write(int sites)
    {
        var files = new List<(string, string)>();
        int perFile = (sites + Files - 1) / Files;
        for (int f = 0; f < Files; f++)
        {
            var sb = new StringBuilder();
            sb.AppendLine("using System.Collections.Generic;");
            sb.AppendLine("using Streams;");
            sb.AppendLine();
            sb.AppendLine("namespace BuildCost;");
            sb.AppendLine();
            sb.AppendLine($"public static class Pipelines{f}");
            sb.AppendLine("{");
            for (int i = f * perFile; i < Math.Min(sites, (f + 1) * perFile); i++)
            {
                sb.AppendLine($"    public static object P{i}(int[] a, List<int> list, Iter<int> it, int n, int k) => {Site(i)};");
            }
            sb.AppendLine("}");
            files.Add(($"Pipelines{f}.cs", sb.ToString()));
        }
        return files;
    }

    /// <summary>The pipeline expression of site <paramref name="i"/>.</summary>
    public static string Site(int i)
    {
        var (source, endless) = Sources[i % Sources.Length];
        string chain = Chains[i / Sources.Length % Chains.Length];
        string terminal = Terminals[(i + i / 64) % Terminals.Length];
        // Every chain has a Take or TakeWhile, so an endless source is bounded (a chain without one is a defect here).
        if (endless && !chain.Contains(".Take", StringComparison.Ordinal)) throw new InvalidOperationException(chain);
        string c = (i % 7 + 2).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return (source + chain + terminal).Replace("{i}", i.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                   .Replace("{c}", c, StringComparison.Ordinal);
    }
}
