using FsCheck.Fluent;
using Streams.Tests.Laws;
using Xunit;

namespace Streams.Tests.PullTests.Core;

/// <summary>
/// Python's shared-iterator semantics on the fold path: a lambda or sink that pulls from an iterator being folded sees
/// what the pull path would show it. Expected values are CPython's: <c>it = iter(range(6)); list(zip(it, it))</c> gives
/// <c>[(0, 1), (2, 3), (4, 5)]</c>, and <c>it = iter(range(6)); [(x, next(it, -1)) for x in it]</c> gives
/// <c>[(0, 1), (2, 3), (4, 5)]</c>.
/// </summary>
public class SharedIteratorTests
{
    private static readonly (int, int)[] NeighbourPairs = [(0, 1), (2, 3), (4, 5)];

    public static TheoryData<string> Shapes => new(Enum.GetNames<SourceShape>());

    [Theory, MemberData(nameof(Shapes))]
    public void Zip_of_an_iterator_with_itself_pairs_neighbours_on_both_paths(string shape)
    {
        var folded = SourceShapes.Make(Enum.Parse<SourceShape>(shape), [0, 1, 2, 3, 4, 5]);
        Assert.Equal(NeighbourPairs, folded.Zip(folded).ToList());
        var pulled = SourceShapes.Make(Enum.Parse<SourceShape>(shape), [0, 1, 2, 3, 4, 5]);
        Assert.Equal(NeighbourPairs, Drain(pulled.Zip(pulled)));
    }

    [Theory, MemberData(nameof(Shapes))]
    public void A_selector_pulling_its_own_source_sees_the_next_element(string shape)
    {
        var it = SourceShapes.Make(Enum.Parse<SourceShape>(shape), [0, 1, 2, 3, 4, 5]);
        Assert.Equal(NeighbourPairs, it.Map(x => (x, it.Next(-1))).ToList());
    }

    [Theory, MemberData(nameof(Shapes))]
    public void Peek_inside_ForEach_over_the_same_peekable_matches_the_pull_path(string shape)
    {
        var seen = new List<(int, int)>();
        var p = SourceShapes.Make(Enum.Parse<SourceShape>(shape), [0, 1, 2, 3, 4]).Peekable();
        p.ForEach(x => seen.Add((x, p.TryPeek(out var next) ? next : -1)));
        Assert.Equal([(0, 1), (1, 2), (2, 3), (3, 4), (4, -1)], seen);
    }

    [Fact]
    public void Peek_then_pull_inside_ForEach_skips_what_the_lambda_took()
    {
        // more_itertools: p = peekable(range(6)); for x in p: seen.append((x, next(p, -1))) gives (0,1), (2,3), (4,5).
        var seen = new List<(int, int)>();
        var p = Streams.Pull.Range(0, 6).Map(x => (int)x).Peekable();
        p.ForEach(x => { p.TryPeek(out _); seen.Add((x, p.Next(-1))); });
        Assert.Equal(NeighbourPairs, seen);
    }

    public static TheoryData<string> Operators => new(OperatorTable.Entries.Select(e => e.ToString()));

    /// <summary>For every operator and every kind of source: with a lambda above and below the operator pulling the
    /// shared source, folding (ToList) gives what pulling one element at a time gives.</summary>
    [Theory, MemberData(nameof(Operators))]
    public void Fold_and_pull_agree_while_a_lambda_pulls_the_shared_source(string op)
    {
        var e = OperatorTable.Find(op);
        LawConfig.Run(Prop.ForAll(Generators.Cases(withFailingSources: false), c =>
        {
            foreach (var shape in Enum.GetValues<SourceShape>())
            {
                var byFold = Build(e, c, shape).ToList();
                var byPull = Drain(Build(e, c, shape));
                if (!byFold.SequenceEqual(byPull))
                {
                    throw new Streams.Laws.LawViolationException("shared iterator",
                        $"{shape} source: fold gave [{string.Join(",", byFold)}], pull gave [{string.Join(",", byPull)}]");
                }
            }
        }));
    }

    // The lambdas pull the shared source when the element's value says so, so the pattern varies with the input.
    private static Iter<int> Build(OpEntry e, OpCase c, SourceShape shape)
    {
        var shared = SourceShapes.Make(shape, c.Input);
        var above = shared.Map(x => OpArgs.Mod(x, 3) == 0 ? unchecked(x + 100 * shared.Next(0)) : x);
        var built = e.Build(above, c.Args, new Streams.Tests.Laws.Sources());
        return built.Map(x => OpArgs.Mod(x, 4) == 1 ? unchecked(x - 1000 * shared.Next(0)) : x).Take(200);
    }

    private static List<T> Drain<T>(Iter<T> it)
    {
        var items = new List<T>();
        while (it.TryNext(out var x)) items.Add(x);
        return items;
    }
}
