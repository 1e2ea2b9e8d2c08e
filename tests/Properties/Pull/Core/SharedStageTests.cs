using FsCheck.Fluent;
using Streams.Tests.Laws;
using Xunit;

namespace Streams.Tests.PullTests.Core;

/// <summary>
/// Shared stateful stages on the fold path: a lambda (or a second input) pulls the <i>stage itself</i> while it is being
/// folded, e.g. <c>var e = it.Enumerate(); e.Zip(e).ToList()</c> or a selector calling <c>p.Next(-1)</c> on the peekable it
/// maps. The pull path is what Python does (every pull goes through the stage's one state); the fold path must give the
/// same. Checked for every operator of the operator table (OperatorTable, which includes the LINQ-named entries) and every kind of source.
/// </summary>
public class SharedStageTests
{
    public static TheoryData<string> Operators => new(OperatorTable.Entries.Select(e => e.ToString()));

    /// <summary>A selector above the operator pulls the operator's own output when the element's value says so.</summary>
    [Theory, MemberData(nameof(Operators))]
    public void Fold_and_pull_agree_while_a_lambda_pulls_the_stage_under_fold(string op)
    {
        var e = OperatorTable.Find(op);
        LawConfig.Run(Prop.ForAll(Generators.Cases(withFailingSources: false), c =>
        {
            foreach (var shape in Enum.GetValues<SourceShape>())
            {
                Agree(shape, "lambda", Pulling(e, c, shape).ToList(), Drain(Pulling(e, c, shape)));
            }
        }));
    }

    /// <summary>The stage zipped with itself: Zip's fold folds the stage and pulls it for the second element.</summary>
    [Theory, MemberData(nameof(Operators))]
    public void Fold_and_pull_agree_on_a_stage_zipped_with_itself(string op)
    {
        var e = OperatorTable.Find(op);
        LawConfig.Run(Prop.ForAll(Generators.Cases(withFailingSources: false), c =>
        {
            foreach (var shape in Enum.GetValues<SourceShape>())
            {
                Agree(shape, "zip", SelfZipped(e, c, shape).ToList(), Drain(SelfZipped(e, c, shape)));
            }
        }));
    }

    [Fact]
    public void Enumerate_zipped_with_itself_numbers_on_as_Python_does()
    {
        // e = enumerate('abcd'); list(zip(e, e)) == [((0,'a'),(1,'b')), ((2,'c'),(3,'d'))]
        var e = Streams.Pull.Chars("abcd").Enumerate();
        Assert.Equal([((0L, 'a'), (1L, 'b')), ((2L, 'c'), (3L, 'd'))], e.Zip(e).ToList());
    }

    [Fact]
    public void A_selector_pulling_its_peekable_skips_what_it_took()
    {
        // p = peekable(range(6)); [(x, next(p, -1)) for x in p] == [(0, 1), (2, 3), (4, 5)]
        var p = Streams.Pull.Range(0, 6).Peekable();
        Assert.Equal([(0, 1), (2, 3), (4, 5)], p.Map(x => (x, p.Next(-1))).ToList());
    }

    [Fact]
    public void StepBy_pulled_inside_its_own_fold_keeps_its_stride()
    {
        // s = islice(count(), 0, None, 2); [(x, next(s)) for x in islice(s, 3)] == [(0, 2), (4, 6), (8, 10)]
        var s = Streams.Pull.CountFrom(0).StepBy(2);
        Assert.Equal([(0, 2), (4, 6), (8, 10)], s.Map(x => (x, s.Next())).Take(3).ToList());
    }

    [Fact]
    public void Scan_pulled_inside_its_own_fold_keeps_its_running_total()
    {
        // a = accumulate(range(1, 7)); [(x, next(a)) for x in a] == [(1, 3), (6, 10), (15, 21)]
        var a = Streams.Pull.Range(1, 7).Scan(0, (acc, x) => acc + x);
        Assert.Equal([(1, 3), (6, 10), (15, 21)], a.Map(x => (x, a.Next())).ToList());
    }

    private static void Agree(SourceShape shape, string how, List<int> byFold, List<int> byPull)
    {
        if (!byFold.SequenceEqual(byPull))
        {
            throw new Streams.Laws.LawViolationException("shared stage",
                $"{shape} source, {how}: fold gave [{string.Join(",", byFold)}], pull gave [{string.Join(",", byPull)}]");
        }
    }

    private static Iter<int> Pulling(OpEntry e, OpCase c, SourceShape shape)
    {
        var stage = e.Build(SourceShapes.Make(shape, c.Input), c.Args, new Streams.Tests.Laws.Sources());
        return stage.Map(x => OpArgs.Mod(x, 3) == 0 ? unchecked(x + 100 * stage.Next(-7)) : x).Take(200);
    }

    private static Iter<int> SelfZipped(OpEntry e, OpCase c, SourceShape shape)
    {
        var stage = e.Build(SourceShapes.Make(shape, c.Input), c.Args, new Streams.Tests.Laws.Sources());
        return stage.Zip(stage, (x, y) => unchecked(x * 1000 + y)).Take(200);
    }

    private static List<T> Drain<T>(Iter<T> it)
    {
        var items = new List<T>();
        while (it.TryNext(out var x)) items.Add(x);
        return items;
    }
}
