using System.Runtime.ExceptionServices;
using Streams.Tests.Doubles;
using Xunit;

namespace Streams.Tests.PullTests.Core;

/// <summary>
/// Depth on every stage: each operator built 100,000 times in a loop (<c>it = it.Op(...)</c>) over a 3-element source,
/// then pulled, folded (Sum, Count, ToList) or disposed on a thread with a 1 MB stack. Each path either gives the right
/// answer or throws <see cref="InsufficientExecutionStackException"/>, leaving the pipeline finished and the source
/// released once; a stack overflow would kill the test host (the run then reports the host crash, not a pass). With
/// 1 MB the pull and fold paths cannot hold 100,000 stages, so the exception is what these tests see: its type, the
/// finished state and the single release are what they check.
/// </summary>
public class StageDepthTableTests
{
    private const int Deep = 100_000;
    private const int OneMegabyte = 1 << 20;
    private static readonly int[] Elements = [1, 2, 3];

    // Each row keeps the elements [1, 2, 3] unchanged, so the answer does not depend on the depth.
    private static readonly (string Name, Func<Iter<int>, Iter<int>> Stage)[] Rows =
    [
        ("Map", it => it.Map(x => x)),
        ("Filter", it => it.Filter(_ => true)),
        ("FilterFalse", it => it.FilterFalse(_ => false)),
        ("Take", it => it.Take(10)),
        ("Skip", it => it.Skip(0)),
        ("Slice", it => it.Slice(0, null)),
        ("StepBy", it => it.StepBy(1)),
        ("TakeWhile", it => it.TakeWhile(_ => true)),
        ("DropWhile", it => it.DropWhile(_ => false)),
        ("Enumerate", it => it.Enumerate().Map(t => t.Item)),
        ("Scan", it => it.Scan(0, (_, x) => x)),
        ("Accumulate", it => it.Accumulate((_, x) => x)),
        ("Accumulate initial", it => it.Accumulate((_, x) => x, 0).Skip(1)),
        ("Pairwise", it => it.Chain(Streams.Pull.Once(0)).Pairwise().Map(p => p.Item1)),
        ("Batch", it => it.Batch(1).Map(b => b[0])),
        ("Window", it => it.Window(1).Map(w => w[0])),
        ("GroupAdjacent", it => it.GroupAdjacent(x => x).Map(g => g.Key)),
        ("GroupAdjacentLists", it => it.GroupAdjacentLists(x => x).Map(g => g.Key)),
        ("UniqueJustSeen", it => it.UniqueJustSeen()),
        ("Distinct", it => it.Distinct()),
        ("Inspect", it => it.Inspect(_ => { })),
        ("Peekable", it => it.Peekable()),
        ("Tee", it => it.Tee(1)[0]),
        ("Tee, other copy dropped", it => it.Tee(2)[0]),
        ("Chain", it => it.Chain(Streams.Pull.Empty<int>())),
        ("Chain, other side", it => Streams.Pull.Empty<int>().Chain(it)),
        ("Zip", it => it.Zip(Streams.Pull.Repeat(0)).Map(t => t.First)),
        ("Zip, other side", it => Streams.Pull.Repeat(0).Zip(it, (_, x) => x)),
        ("Zip3", it => it.Zip(Streams.Pull.Repeat(0), Streams.Pull.Repeat(0), (x, _, _) => x)),
        ("ZipLongest", it => it.ZipLongest(Streams.Pull.Empty<int>(), 0).Map(t => t.First)),
        ("Compress", it => it.Compress(Streams.Pull.Repeat(true))),
        ("Interleave", it => it.Interleave(Streams.Pull.Empty<int>())),
        ("FlatMap", it => it.FlatMap(x => Streams.Pull.Once(x))),
        ("SelectMany", it => it.SelectMany(x => Streams.Pull.Once(x), (_, y) => y)),
        ("Cycle", it => it.Cycle().Take(3)),
        ("Permutations", it => it.Permutations(1).Map(a => a[0])),
        ("Combinations", it => it.Combinations(1).Map(a => a[0])),
        ("CombinationsWithReplacement", it => it.CombinationsWithReplacement(1).Map(a => a[0])),
        ("Product", it => it.Product(1).Map(a => a[0])),
        ("ByRef", it => it.ByRef()),
        ("Select", it => it.Select(x => x)),
        ("Select indexed", it => it.Select((x, _) => x)),
        ("Where", it => it.Where(_ => true)),
        ("OrderBy", it => it.OrderBy(x => x)),
        ("Reverse twice", it => it.Reverse().Reverse()),
        ("DefaultIfEmpty", it => it.DefaultIfEmpty(0)),
        ("DistinctBy", it => it.DistinctBy(x => x)),
        ("Take(range)", it => it.Take(0..10)),
        // Inputs known only at run time: each level is what the next one builds or flattens.
        ("Defer of the previous", it => Streams.Pull.Defer(() => it)),
        ("FlatMap into the previous", it => Streams.Pull.Once(0).FlatMap(_ => it)),
        ("ChainMany of the previous", it => Streams.Pull.Once(it).ChainMany()),
    ];

    // Rows where an exception passing out of the pipeline, or Dispose, does not release the source, by the ownership rule: ByRef
    // lends (the lent iterator stays open), a Tee copy shares the source with a copy that is still alive, and a stage
    // whose input is built or flattened at run time never reached the levels below the one that threw.
    private static bool KeepsSource(string name) =>
        name is "ByRef" or "Tee, other copy dropped" || name.EndsWith("the previous", StringComparison.Ordinal);

    public static TheoryData<string> Names => new(Rows.Select(r => r.Name));

    private static (Probe<int> Source, Iter<int> Pipeline) Build(string name)
    {
        var stage = Rows.Single(r => r.Name == name).Stage;
        var probe = new Probe<int>(Elements);
        Iter<int> it = probe;
        for (int i = 0; i < Deep; i++) it = stage(it);
        return (probe, it);
    }

    // Runs on a thread with a 1 MB stack (what a default thread gets on Windows, less than the test host's), and hands
    // back what it returned or threw.
    private static T OnSmallStack<T>(Func<T> body)
    {
        T result = default!;
        ExceptionDispatchInfo? error = null;
        var thread = new Thread(() =>
        {
            try
            {
                result = body();
            }
            catch (Exception e)
            {
                error = ExceptionDispatchInfo.Capture(e);
            }
        }, OneMegabyte);
        thread.Start();
        thread.Join();
        error?.Throw();
        return result;
    }

    private static void AnswersOrThrowsCatchably<T>(string name, Func<Iter<int>, T> path, T expected)
    {
        var (probe, it) = Build(name);
        T got = default!;
        var thrown = Record.Exception(() => got = OnSmallStack(() => path(it)));
        if (thrown is null)
        {
            Assert.Equal(expected, got);
            return;
        }
        Assert.IsType<InsufficientExecutionStackException>(thrown);
        Assert.True(it.IsFinished, $"{name}: the pipeline is not finished after the exception");
        Assert.False(it.TryNext(out _));
        Assert.Equal(KeepsSource(name) ? 0 : 1, probe.Releases);
    }

    private static string Pulled(Iter<int> it)
    {
        var items = new List<int>();
        while (it.TryNext(out var x)) items.Add(x);
        return string.Join(",", items);
    }

    [Theory, MemberData(nameof(Names))]
    public void Pull(string name) => AnswersOrThrowsCatchably(name, Pulled, "1,2,3");

    [Theory, MemberData(nameof(Names))]
    public void Sum(string name) => AnswersOrThrowsCatchably(name, it => it.Sum(), 6);

    [Theory, MemberData(nameof(Names))]
    public void Count(string name) => AnswersOrThrowsCatchably(name, it => it.Count(), 3);

    [Theory, MemberData(nameof(Names))]
    public void ToList(string name) => AnswersOrThrowsCatchably(name, it => string.Join(",", it.ToList()), "1,2,3");

    [Theory, MemberData(nameof(Names))]
    public void Dispose_releases_the_source_once(string name)
    {
        var (probe, it) = Build(name);
        OnSmallStack(() =>
        {
            it.Dispose();
            return 0;
        });
        Assert.True(it.IsFinished);
        // The same rows keep the source on Dispose: Defer never ran its factory, FlatMap and ChainMany never reached
        // their inner pipelines, ByRef lends, and the dropped Tee copy has not been collected.
        Assert.Equal(KeepsSource(name) ? 0 : 1, probe.Releases);
    }

    [Fact]
    public void A_shallow_pipeline_of_every_row_answers_on_a_small_stack()
    {
        foreach (var (name, stage) in Rows)
        {
            Iter<int> it = new Probe<int>(Elements);
            for (int i = 0; i < 100; i++) it = stage(it);
            Assert.Equal(6, OnSmallStack(() => it.Sum()));
        }
    }
}
