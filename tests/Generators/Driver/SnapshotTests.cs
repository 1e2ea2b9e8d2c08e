using Xunit;

namespace Streams.Generators.Tests.Driver;

/// <summary>
/// Representative shapes against committed snapshots of their generated code (Snapshots/*.g.cs.txt), so a change to
/// what the generator writes shows in review. To accept a deliberate change, run the tests with
/// <c>STREAMS_UPDATE_SNAPSHOTS=1</c> and review the diff of the snapshot files.
/// </summary>
public class SnapshotTests
{
    public static TheoryData<string, string> Shapes => new()
    {
        // The small pipeline: a counter source, two inlined lambdas, a Take, a Sum. Allocates nothing.
        { "small", "Pull.Positives().Map(x => x * x).Filter(x => x % 2 == 0).Take(10).Sum()" },
        // A user-held source driven through TryFold; a capturing filter; a Map that changes the element type.
        { "user_source", "it.Filter(x => x > k).Map(x => x.ToString()).Take(3).ToList()" },
        // An array source with Skip, TakeWhile and an inlined two-parameter Fold.
        { "array_fold", "Pull.From(a).Skip(1).TakeWhile(x => x < 6).Fold(0L, (acc, x) => acc * 10 + x)" },
        // A user-held source pulled as First pulls it (TryNext), an Accumulate whose initial value comes before the
        // first pull (a Seed method), Enumerate's index and StepBy's gap counter.
        { "seeded_first", "it.Enumerate().StepBy(2).Accumulate((t, p) => t + p.Item, 10L).First()" },
        // FlatMap over an inner pipeline the generator knows: a nested loop (no inner iterator); the inner Map uses the
        // outer element and is inlined, the capturing inner Filter is called through its delegate; a Take on each side.
        { "flatmap_nested", "Pull.From(a).FlatMap(x => Pull.From(a).Filter(y => y > k).Map(y => x * y).Take(3)).Take(10).Sum()" },
        // No terminal: one generated iterator over a user-held source, a capturing filter, a Map that changes the
        // element type (a handle between calls), a Take that stops the pull and the fold before the source is pulled.
        { "iterator", "it.Filter(x => x > k).Map(x => (long)x * x).Take(3)" },
        // Query syntax: the terminal detaches the runtime SelectMany (falling back to the library's Sum) and folds the outer
        // and inner iterators with two struct sinks; the select clause is inlined.
        { "query_sum", "(from x in it from y in Pull.From(a).Take(k) select x * 10 + y).Sum()" },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Generated_code_matches_its_snapshot(string name, string expression)
    {
        var (result, _, _) = Harness.Generate(Harness.Compile(Harness.Snippet(expression)));
        var generated = Assert.Single(Harness.Sites(result)).SourceText.ToString().ReplaceLineEndings("\n");

        var file = $"{name}.g.cs.txt";
        // Updating writes the committed copy beside the sources (a local, non-CI build knows their path); checking reads
        // the copy the build puts beside the test assembly, since a CI build maps source paths to /_/ in CallerFilePath.
        if (Environment.GetEnvironmentVariable("STREAMS_UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(Path.Combine(SourceDirectory(), "..", "Snapshots", file), generated);
            return;
        }
        var path = Path.Combine(AppContext.BaseDirectory, "Snapshots", file);
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), generated);
    }

    private static string SourceDirectory([System.Runtime.CompilerServices.CallerFilePath] string path = "") =>
        Path.GetDirectoryName(path)!;
}
