using Streams.Laws;
using Streams.Tests.Doubles;
using Xunit;
using Xunit.Abstractions;

namespace Streams.Tests.Laws;

/// <summary>
/// Proof that the source-shape dimension reaches the fast paths: three bugs planted in test-side copies of the
/// library's fast-path code (<see cref="PlantedFastPaths"/>: <c>SpanCursor.Fold</c> and the vectorised Sum;
/// <see cref="PlantedSkip{T}"/>: Skip's count capability), each caught by an unchanged row of the operator table on a
/// shape that takes that path, and missed on the probe, which is what the table alone used to run. The copy is put
/// where the library's code runs: a pass-through stage that folds and sums over the primary source's span capability
/// with the copies, under the row's own operator; or the copied Skip in place of the library's. Each test asserts the
/// row fails with the bug and passes with the unchanged copy; the rows run the same law functions the table's theories
/// do, with the full <see cref="LawConfig.Cases"/> so that finding the bug is not luck. The library's own lines are
/// checked the other way round by mutation testing (docs/mutation.md): the table kills their mutants.
/// </summary>
public class PlantedFastPathBugTests(ITestOutputHelper output)
{
    [Fact]
    public void Span_fold_that_stops_one_early_is_caught_by_one_pass_on_memory_shapes()
    {
        // The first part of one pass is a fold that stops after k; the bug then gives the k-th element again.
        const FastPathBug bug = FastPathBug.SpanFoldStopsOneEarly;
        var e = Row(UnderSpanPaths("Map", bug), TableLaw.OnePass, SourceShape.Array, UnderSpanPaths("Map"));
        Assert.Contains("by Fold", e.Message);
        Row(UnderSpanPaths("Filter", bug), TableLaw.OnePass, SourceShape.List, UnderSpanPaths("Filter"));
        Row(UnderSpanPaths("Take[int]", bug), TableLaw.OnePass, SourceShape.UserSpan, UnderSpanPaths("Take[int]"));
        Missed(UnderSpanPaths("Map", bug), TableLaw.OnePass, SourceShape.Probe);
    }

    [Fact]
    public void Skip_count_one_high_is_caught_by_the_remaining_count_check_on_counted_shapes()
    {
        var e = Row(SkipCopy("Skip[int]", FastPathBug.SkipCountOneHigh), TableLaw.OnePass, SourceShape.Array,
            SkipCopy("Skip[int]", FastPathBug.None));
        Assert.Contains("Law 'remaining count' violated", e.Message);
        Row(SkipCopy("Skip[long]", FastPathBug.SkipCountOneHigh), TableLaw.OnePass, SourceShape.Range,
            SkipCopy("Skip[long]", FastPathBug.None));
        Missed(SkipCopy("Skip[int]", FastPathBug.SkipCountOneHigh), TableLaw.OnePass, SourceShape.Probe);
    }

    [Fact]
    public void Vectorised_sum_that_drops_the_last_element_is_caught_by_the_model_on_array_shapes()
    {
        // Only spans of 32 ints or more are summed with vectors, so the shrunk counterexample keeps a long input.
        const FastPathBug bug = FastPathBug.VectorSumDropsLast;
        var e = Row(UnderSpanPaths("Source[itself]", bug), TableLaw.MatchesModel, SourceShape.Array,
            UnderSpanPaths("Source[itself]"));
        Assert.Contains("Sum gave", e.Message);
        Row(UnderSpanPaths("Source[itself]", bug), TableLaw.MatchesModel, SourceShape.List,
            UnderSpanPaths("Source[itself]"));
        Missed(UnderSpanPaths("Source[itself]", bug), TableLaw.MatchesModel, SourceShape.Probe);
    }

    // The table's entry with the copies of the span paths between the primary source and the entry's operator.
    private static OpEntry UnderSpanPaths(string op, FastPathBug bug = FastPathBug.None)
    {
        var e = OperatorTable.Find(op);
        return e with { Build = (s, a, c) => e.Build(new PlantedFastPaths(s, bug), a, c) };
    }

    // The table's Skip entry (its model and pull bound) built with the copy of Skip instead of the library's, skipping
    // what the entry skips: N for Skip[int], M for Skip[long].
    private static OpEntry SkipCopy(string op, FastPathBug bug) =>
        OperatorTable.Find(op) with
        {
            Build = (s, a, c) => new PlantedSkip<int>(s, op == "Skip[long]" ? a.M : a.N, bug),
        };

    // Runs the row with the bug (it must fail, with FsCheck's shrunk counterexample), then with the unchanged copy (it
    // must pass).
    private Exception Row(OpEntry planted, TableLaw law, SourceShape shape, OpEntry unchanged)
    {
        var e = Assert.ThrowsAny<Exception>(() => RunRow(planted, law, shape));
        output.WriteLine($"{planted} / {law} / {shape}: {e.Message}");
        Assert.Contains("Falsifiable", e.Message);
        Assert.Contains($"{shape} input=[", e.Message);
        RunRow(unchanged, law, shape);
        return e;
    }

    // The same row on a shape that does not take the fast path passes with the bug in.
    private static void Missed(OpEntry planted, TableLaw law, SourceShape shape) => RunRow(planted, law, shape);

    // The table's row, with the full case count: the bug must be found every time, not by luck.
    private static void RunRow(OpEntry e, TableLaw law, SourceShape shape)
    {
        switch (law)
        {
            case TableLaw.OnePass:
                OperatorLawTests.Check(e, shape, withFailingSources: false, ObservedLaws<int>.OnePass, LawConfig.Cases);
                break;
            case TableLaw.MatchesModel:
                OperatorLawTests.Check(e, shape, withFailingSources: false, (s, _) => ObservedLaws<int>.MatchesModel(s),
                    LawConfig.Cases);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(law));
        }
    }
}
