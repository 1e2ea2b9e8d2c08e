using Streams.Laws;
using Xunit;
using Xunit.Abstractions;

namespace Streams.Tests.Laws;

/// <summary>
/// Proof that the source-shape dimension reaches the fast paths: three bugs planted in the library's own fast-path
/// code (switches in <c>src/Pull/Internal/PlantedBugs.cs</c>, thread-static and off outside these tests), each caught
/// by an unchanged row of the operator table on a shape that takes that path, and missed on the probe, which is what
/// the table alone used to run. A copy of the operator, as <see cref="PlantedBugTests"/> uses, would not do here: the
/// fast path is chosen inside the library (a capability asked of the source), so only the library's code can take it.
/// Each test asserts the row fails with the bug on and passes with it off; the rows run the same law functions the
/// table's theories do, with the full <see cref="LawConfig.Cases"/> so that finding the bug is not luck.
/// </summary>
public class PlantedFastPathBugTests(ITestOutputHelper output)
{
    [Fact]
    public void Span_fold_that_stops_one_early_is_caught_by_one_pass_on_memory_shapes()
    {
        // The first part of one pass is a fold that stops after k; the bug then gives the k-th element again.
        var e = Row("Map", TableLaw.OnePass, SourceShape.Array, bug => PlantedBugs.SpanFoldStopsOneEarly = bug);
        Assert.Contains("by Fold", e.Message);
        Row("Filter", TableLaw.OnePass, SourceShape.List, bug => PlantedBugs.SpanFoldStopsOneEarly = bug);
        Row("Take[int]", TableLaw.OnePass, SourceShape.UserSpan, bug => PlantedBugs.SpanFoldStopsOneEarly = bug);
        Missed("Map", TableLaw.OnePass, SourceShape.Probe, bug => PlantedBugs.SpanFoldStopsOneEarly = bug);
    }

    [Fact]
    public void Skip_count_one_high_is_caught_by_the_remaining_count_check_on_counted_shapes()
    {
        var e = Row("Skip[int]", TableLaw.OnePass, SourceShape.Array, bug => PlantedBugs.SkipCountOneHigh = bug);
        Assert.Contains("Law 'remaining count' violated", e.Message);
        Row("Skip[long]", TableLaw.OnePass, SourceShape.Range, bug => PlantedBugs.SkipCountOneHigh = bug);
        Missed("Skip[int]", TableLaw.OnePass, SourceShape.Probe, bug => PlantedBugs.SkipCountOneHigh = bug);
    }

    [Fact]
    public void Vectorised_sum_that_drops_the_last_element_is_caught_by_the_model_on_array_shapes()
    {
        // Only spans of 32 ints or more are summed with vectors, so the shrunk counterexample keeps a long input.
        var e = Row("Source[itself]", TableLaw.MatchesModel, SourceShape.Array, bug =>
            PlantedBugs.VectorSumDropsLast = bug);
        Assert.Contains("Sum gave", e.Message);
        Row("Source[itself]", TableLaw.MatchesModel, SourceShape.List, bug => PlantedBugs.VectorSumDropsLast = bug);
        Missed("Source[itself]", TableLaw.MatchesModel, SourceShape.Probe, bug => PlantedBugs.VectorSumDropsLast = bug);
    }

    // Runs the table's row with the bug on (it must fail, with FsCheck's shrunk counterexample), then off (it must
    // pass).
    private Exception Row(string op, TableLaw law, SourceShape shape, Action<bool> plant)
    {
        var e = Assert.ThrowsAny<Exception>(() => WithBug(plant, () => RunRow(op, law, shape)));
        output.WriteLine($"{op} / {law} / {shape}: {e.Message}");
        Assert.Contains("Falsifiable", e.Message);
        Assert.Contains($"{shape} input=[", e.Message);
        RunRow(op, law, shape);
        return e;
    }

    // The same row on a shape that does not take the fast path passes with the bug on.
    private static void Missed(string op, TableLaw law, SourceShape shape, Action<bool> plant) =>
        WithBug(plant, () => RunRow(op, law, shape));

    private static void WithBug(Action<bool> plant, Action run)
    {
        plant(true);
        try
        {
            run();
        }
        finally
        {
            plant(false);
        }
    }

    // The table's row, with the full case count: the bug must be found every time, not by luck.
    private static void RunRow(string op, TableLaw law, SourceShape shape)
    {
        switch (law)
        {
            case TableLaw.OnePass:
                OperatorLawTests.Check(op, shape, withFailingSources: false, ObservedLaws<int>.OnePass,
                    LawConfig.Cases);
                break;
            case TableLaw.MatchesModel:
                OperatorLawTests.Check(op, shape, withFailingSources: false, (s, _) =>
                    ObservedLaws<int>.MatchesModel(s),
                    LawConfig.Cases);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(law));
        }
    }
}
