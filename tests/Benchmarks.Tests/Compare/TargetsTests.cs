using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Streams.Benchmarks.Compare;
using Xunit;
using static Streams.Benchmarks.Tests.Compare.Sample;

namespace Streams.Benchmarks.Tests.Compare;

public class TargetsTests
{
    private static readonly Target TerminalTight = new("t", "StreamsTerminal", Measure.RatioToHand, 1.5, ["sum", "maps"]);

    [Property]
    public Property A_ratio_target_is_met_exactly_when_the_ratio_is_at_most_the_limit(PositiveInt hand, PositiveInt terminal)
    {
        var row = Row("sum", hand.Get, RunMode.Isolated, ("StreamsTerminal", terminal.Get));
        var verdict = Targets.Check([row], [TerminalTight]).Single();
        double ratio = (double)terminal.Get / hand.Get;
        return (verdict.Met == ratio <= 1.5 && Math.Abs(verdict.Value - ratio) < 1e-12).Label($"ratio {ratio}, verdict {verdict}");
    }

    [Fact]
    public void A_strict_target_is_not_met_at_its_limit()
    {
        var faster = new Target("faster", "StreamsForeach", Measure.RatioTo, 1, Versus: "Linq", Strict: true);
        var equal = Row("sum", 10, RunMode.Isolated, ("StreamsForeach", 50), ("Linq", 50));
        var below = Row("sum", 10, RunMode.Isolated, ("StreamsForeach", 49), ("Linq", 50));
        Assert.False(Targets.Check([equal], [faster]).Single().Met);
        Assert.True(Targets.Check([below], [faster]).Single().Met);
    }

    [Fact]
    public void A_target_applies_only_to_its_pipelines_and_its_mode()
    {
        var rows = new[]
        {
            Row("sum", 10, RunMode.Isolated, ("StreamsTerminal", 30)),
            Row("maps", 10, RunMode.Shared, ("StreamsTerminal", 30)),
            Row("cart", 10, RunMode.Isolated, ("StreamsTerminal", 30)),
        };
        var verdicts = Targets.Check(rows, [TerminalTight, TerminalTight with { Mode = RunMode.Shared }]);
        Assert.Equal([("sum", RunMode.Isolated), ("maps", RunMode.Shared)], verdicts.Select(v => (v.Pipeline, v.Target.Mode)));
        Assert.All(verdicts, v => Assert.False(v.Met));
    }

    [Fact]
    public void A_row_without_the_column_or_its_versus_gives_no_verdict()
    {
        var withoutLinq = Row("sum", 10, RunMode.Isolated, ("StreamsForeach", 5));
        var target = new Target("faster", "StreamsForeach", Measure.RatioTo, 1, Versus: "Linq", Strict: true);
        Assert.Empty(Targets.Check([withoutLinq], [target]));
        Assert.Empty(Targets.Check([Row("sum", 10)], [TerminalTight]));
    }

    [Fact]
    public void Bytes_and_time_targets_use_per_element_and_per_operation_values()
    {
        var small = Results.Group([M("small", Layout.HandLoop, 15, size: new(10, 0, 1, Data.Scale.Compare)), M("small", "StreamsTerminal", 121, 168, size: new(10, 0, 1, Data.Scale.Compare))]).Single();
        var sum = Results.Group([M("sum", Layout.HandLoop, 1000), M("sum", "StreamsTerminal", 1000, 5_000)]).Single(); // 0.05 B/elem
        var verdicts = Targets.Check([small, sum],
        [
            new("ns", "StreamsTerminal", Measure.NsPerOp, 120, ["small"]),
            new("bytes", "StreamsTerminal", Measure.BytesPerOp, 168, ["small"]),
            new("per elem", "StreamsTerminal", Measure.BytesPerElement, 0.05, ["sum"], Strict: true),
        ]);
        Assert.Equal([false, true, false], verdicts.Select(v => v.Met));
        Assert.Equal([121, 168, 0.05], verdicts.Select(v => Math.Round(v.Value, 6)));
    }

    [Fact]
    public void Extra_time_over_another_column_is_the_difference_per_element()
    {
        var row = Row("sum", 100_000, RunMode.Isolated, ("StreamsToAsync", 900_000), ("StreamsForeach", 300_000)); // 9 - 3 ns/elem
        var v = Targets.Check([row], [new("async", "StreamsToAsync", Measure.ExtraNsPerElementOver, 5, Versus: "StreamsForeach")]).Single();
        Assert.Equal(6, v.Value, 9);
        Assert.False(v.Met);
    }

    /// <summary>Every target of the table names columns that exist: a typo would silently give no verdicts.</summary>
    [Fact]
    public void Every_target_in_the_table_names_benchmark_methods_that_exist_where_it_applies()
    {
        var classes = Smoke.SmokeCommand.PipelineTypes()
            .Select(t => (Pipeline: CompareCommand.PipelineName(t), Methods: Verification.Verifier.Implementations(t).Select(m => m.Name).ToHashSet()))
            .ToList();
        foreach (var target in TargetTable.All)
        {
            var applicable = classes.Where(c => target.AppliesTo(c.Pipeline)).ToList();
            Assert.True(applicable.Count > 0, $"{target.Name}: no pipeline class for {string.Join(", ", target.Pipelines ?? [])}");
            Assert.True(applicable.Any(c => c.Methods.Contains(target.Implementation)), $"{target.Name}: no [Benchmark] {target.Implementation}");
            if (target.Versus is { } versus) Assert.True(applicable.Any(c => c.Methods.Contains(versus)), $"{target.Name}: no [Benchmark] {versus}");
        }
    }
}
