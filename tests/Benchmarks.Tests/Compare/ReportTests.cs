using Streams.Benchmarks.Compare;
using Xunit;
using static Streams.Benchmarks.Tests.Compare.Sample;

namespace Streams.Benchmarks.Tests.Compare;

public class ReportTests
{
    private static readonly MachineInfo Machine = new("cpu", 2, "os", ".NET", new DateTime(2026, 1, 1), "1 1 1", "1 1 1");

    private static List<PipelineResult> TwoModes() => Results.Group(
    [
        M("sum", "HandLoop", 100), M("sum", "StreamsTerminal", 150), M("sum", "NewColumn", 300), M("sum", "Linq", 50),
        M("sum", "HandLoop", 100, mode: RunMode.Shared), M("sum", "StreamsTerminal", 480, mode: RunMode.Shared),
    ]);

    [Fact]
    public void The_ratio_table_has_the_hand_loop_ratio_of_each_column_in_layout_order_and_unknown_columns_last()
    {
        var lines = Report.RatioMatrix(TwoModes(), RunMode.Isolated).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["isolated", "HandLoop", "StreamsTerminal", "Linq", "NewColumn"], lines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(["sum", "1.00x", "1.50x", "0.50x", "3.00x"], lines[1].Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Each_mode_has_its_own_table_and_a_missing_cell_is_a_dash()
    {
        var shared = Report.RatioMatrix(TwoModes(), RunMode.Shared).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["sum", "1.00x", "4.80x"], shared[1].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var both = Results.Group([M("sum", "HandLoop", 100), M("maps", "HandLoop", 100), M("maps", "Linq", 200)]);
        Assert.Contains("–", Report.RatioMatrix(both, RunMode.Isolated).Split('\n')[1]);
    }

    [Fact]
    public void A_wide_console_table_continues_below_with_the_row_labels_repeated()
    {
        var many = Enumerable.Range(0, 30).Select(i => M("sum", $"Column{i:D2}", 100)).Append(M("sum", "HandLoop", 100)).ToList();
        var text = Report.RatioMatrix(Results.Group(many), RunMode.Isolated);
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(lines, l => Assert.True(l.Length <= Report.ConsoleWidth, l));
        Assert.True(lines.Count(l => l.StartsWith("sum", StringComparison.Ordinal)) > 1);
        for (int i = 0; i < 30; i++) Assert.Contains($"Column{i:D2}", text);
    }

    [Fact]
    public void The_console_summary_names_each_missed_row_with_its_value()
    {
        var results = TwoModes();
        var summary = Report.ConsoleSummary(results, Targets.Check(results, [new("terminal ≤ 1.2x", "StreamsTerminal", Measure.RatioToHand, 1.2)]));
        Assert.Contains("NOT MET terminal ≤ 1.2x [isolated]: 0 of 1 rows; missed: sum 1.50x", summary);
        Assert.Contains("shared (every pipeline in one process)", summary);
    }

    [Fact]
    public void The_markdown_report_names_the_mode_of_every_table_and_links_only_into_the_repository()
    {
        var run = new RunInfo("dotnet run", Machine, "quick", TimeSpan.FromSeconds(100), null, [], "../../docs");
        var md = Report.Markdown(TwoModes(), run);
        Assert.Contains("## Median ratio to the hand loop: isolated (one process per pipeline)", md);
        Assert.Contains("## Median ratio to the hand loop: shared (every pipeline in one process)", md);
        Assert.Contains("[docs/benchmarks.md](../../docs/benchmarks.md)", md);
        Assert.Contains("- `NewColumn`: (not described in Layout.cs)", md);
        Assert.DoesNotContain("shared/", md);
        Assert.DoesNotMatch(@"(?i)issue \d", md);
    }

    [Fact]
    public void A_report_from_a_busy_machine_says_so_and_a_quiet_one_does_not()
    {
        var busy = Machine with { LoadAverageBefore = "30.4 31.2 31.9", LoadAverageAfter = "1.0 1.0 1.0" };
        var quiet = Machine with { LoadAverageBefore = "1.9 1.9 1.7", LoadAverageAfter = "1.3 1.5 1.5" };
        string Md(MachineInfo m) => Report.Markdown(TwoModes(), new RunInfo("c", m, "quick", TimeSpan.Zero, null, [], "../../docs"));
        Assert.Contains("The machine was busy (load average 30.4 31.2 31.9 before", Md(busy));
        Assert.DoesNotContain("busy", Md(quiet));
    }

    /// <summary>The links the published report (benchmarks/results) carries resolve to files of the repository.</summary>
    [Fact]
    public void The_published_report_links_resolve_inside_the_repository()
    {
        var repo = Paths.RepositoryRoot();
        var results = Path.Combine(repo, "benchmarks", "results");
        var docs = Path.GetRelativePath(results, Path.Combine(repo, "docs")).Replace('\\', '/');
        var md = Report.Markdown(TwoModes(), new RunInfo("c", Machine, "quick", TimeSpan.Zero, null, [], docs));
        var links = System.Text.RegularExpressions.Regex.Matches(md, @"\]\(([^)#]+\.md)\)");
        // The report links to docs/benchmarks.md and docs/performance.md at least: an empty match would check nothing.
        Assert.Contains(links, l => l.Groups[1].Value.EndsWith("docs/benchmarks.md", StringComparison.Ordinal));
        Assert.Contains(links, l => l.Groups[1].Value.EndsWith("docs/performance.md", StringComparison.Ordinal));
        foreach (System.Text.RegularExpressions.Match link in links)
            Assert.True(File.Exists(Path.Combine(results, link.Groups[1].Value)), link.Value);
    }
}
