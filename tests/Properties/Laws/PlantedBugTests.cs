using FsCheck.Fluent;
using Streams.Laws;
using Xunit;
using Xunit.Abstractions;

namespace Streams.Tests.Laws;

/// <summary>
/// Proof the suite can fail: copies of operators with planted bugs, run through the very law functions the table uses.
/// Each test passes when FsCheck reports the law falsified with a shrunk counterexample.
/// </summary>
public class PlantedBugTests(ITestOutputHelper output)
{
    private Exception Caught(Action run)
    {
        var e = Assert.ThrowsAny<Exception>(run);
        output.WriteLine(e.Message);
        Assert.Contains("Falsifiable", e.Message);
        Assert.Contains("Shrunk", e.Message);
        return e;
    }

    private static string Shrunk(Exception e) => e.Message[e.Message.IndexOf("Shrunk", StringComparison.Ordinal)..];

    [Fact]
    public void Off_by_one_Take_that_pulls_n_plus_1_breaks_laziness()
    {
        var entry = OperatorTable.Op("Take", "planted: pulls n+1", OffByOne, TakeModel, OperatorTable.OnePerOutput);
        var e = Caught(() => LawConfig.Run(Prop.ForAll(Generators.Cases(), c =>
            ObservedLaws<int>.Lazy(Subject.Of(entry, c), c.K))));
        Assert.Contains("outputs but pulled", Shrunk(e));
        Assert.Matches(@"gave (\d+) outputs but pulled \d+ elements", Shrunk(e));
    }

    [Fact]
    public void Filter_that_resumes_after_the_end_breaks_exhausted_stays_exhausted()
    {
        // The Iter<T> base class makes this bug impossible for any Iter subclass, so the copy is a raw next function
        // over a raw user source that starts over after its end: what Filter would do without that protection.
        var e = Caught(() => LawConfig.Run(Prop.ForAll(Generators.Cases(withFailingSources: false), c =>
            IteratorLaws.CheckNext<int>(() => new ResumingFilter(new ResumingSource(c.Input).Next, c.Args.P).Next))));
        Assert.Contains("returned true with", Shrunk(e));
        Assert.Contains("input=[", Shrunk(e));
    }

    [Fact]
    public void Chain_that_leaks_its_unstarted_parts_on_Dispose_breaks_ownership()
    {
        // A Chain that disposes a part twice cannot be observed: Iter<T>.Dispose is idempotent in the base class, so
        // Release runs once whatever a buggy Chain does. The observable ownership bug is the opposite one, planted
        // here.
        var entry = OperatorTable.Op("Chain", "planted: leaks", Leaky, ChainModel, OperatorTable.OnePerOutput);
        var e = Caught(() => LawConfig.Run(Prop.ForAll(Generators.Cases(), c =>
            OperatorLawTests.Ownership(Subject.Of(entry, c), c.K))));
        Assert.Contains("released 0 times (want 1)", Shrunk(e));
    }

    [Fact]
    public void Take_that_releases_its_upstream_when_it_stops_early_breaks_pythons_ownership_rule()
    {
        // The Rust-style rule this library used to follow: a stage that stops early releases its upstream. Under
        // Python's rule the upstream stays usable where Take left it, so the law sees a release of a source that did
        // not end.
        var entry = OperatorTable.Op("Take", "planted: releases at its end", Releasing, TakeModel,
            OperatorTable.OnePerOutput);
        var e = Caught(() => LawConfig.Run(Prop.ForAll(Generators.Cases(), c =>
            OperatorLawTests.Ownership(Subject.Of(entry, c), c.K))));
        Assert.Contains("that did not end was released 1 times", Shrunk(e));
    }

    [Fact]
    public void Map_whose_fold_path_skips_the_first_element_breaks_the_reference_model()
    {
        var entry = OperatorTable.Op("Map", "planted: fold skips first", FoldSkipsFirst, MapModel,
            OperatorTable.OnePerOutput);
        var e = Caught(() => LawConfig.Run(Prop.ForAll(Generators.Cases(withFailingSources: false), c =>
            ObservedLaws<int>.MatchesModel(Subject.Of(entry, c)))));
        Assert.Contains("ToList gave [], model [", Shrunk(e));
        Assert.Contains("input=[0]", Shrunk(e)); // shrunk to the smallest input that shows it
    }

    [Fact]
    public void Map_whose_fold_path_skips_the_first_element_also_breaks_one_pass() =>
        Caught(() => LawConfig.Run(Prop.ForAll(Generators.Cases(withFailingSources: false), c =>
            ObservedLaws<int>.OnePass(Subject.Of(OperatorTable.Op("Map", "planted", FoldSkipsFirst, MapModel), c),
                c.K))));

    [Fact]
    public void Planted_operators_in_random_pipelines_are_caught_by_the_model()
    {
        var planted = OperatorTable.Op("Map", "planted: fold skips first", FoldSkipsFirst, MapModel,
            OperatorTable.OnePerOutput);
        var e = Caught(() => LawConfig.Run(Prop.ForAll(Generators.Pipelines, p =>
            ObservedLaws<int>.MatchesModel(Subject.Of(p with { Stages = [.. p.Stages, new Stage(planted,
                p.Stages[0].Args)] })))));
        Assert.Contains("gave", Shrunk(e));
    }

    // ---- the planted entries' functions ----

    private static Iter<int> OffByOne(Iter<int> s, OpArgs a, Sources c) => new OffByOneTake(s, a.N);

    private static Iter<int> Leaky(Iter<int> s, OpArgs a, Sources c) => new LeakyChain(s, c.Src(a.Other));

    private static Iter<int> Releasing(Iter<int> s, OpArgs a, Sources c) => new ReleasingTake(s, a.N);

    private static Iter<int> FoldSkipsFirst(Iter<int> s, OpArgs a, Sources c) => new FoldSkipsFirstMap(s, a.F);

    private static IEnumerable<int> TakeModel(List<int> l, OpArgs a) => l.Take(a.N);

    private static IEnumerable<int> ChainModel(List<int> l, OpArgs a) => l.Concat(a.Other);

    private static IEnumerable<int> MapModel(List<int> l, OpArgs a) => l.Select(a.F);
}

// ---- The planted copies. Each is the real operator with one line wrong, marked BUG. ----

internal sealed class OffByOneTake(Iter<int> source, long count) : Iter<int>(releaseAtEnd: false)
{
    private long _remaining = count;

    protected override bool TryAdvance(out int item)
    {
        if (source.TryNext(out item) && _remaining > 0) // BUG: pulls before checking the count, so it pulls n+1
        {
            _remaining--;
            return true;
        }
        return false;
    }

    protected override void Release() => source.Dispose();
}

internal sealed class ResumingSource(int[] items)
{
    private int _index;

    public (bool HasValue, int Value) Next()
    {
        if (_index < items.Length) return (true, items[_index++]);
        _index = 0; // a user iterator that starts over after its end
        return (false, 0);
    }
}

internal sealed class ResumingFilter(Func<(bool, int)> upstream, Func<int, bool> predicate)
{
    public (bool HasValue, int Value) Next()
    {
        while (true)
        {
            var (ok, x) = upstream(); // BUG: no "ended" flag, so it pulls the upstream again after it said end
            if (!ok) return (false, 0);
            if (predicate(x)) return (true, x);
        }
    }
}

internal sealed class LeakyChain(Iter<int> first, Iter<int> second) : Iter<int>(releaseAtEnd: false)
{
    private bool _onSecond;

    protected override bool TryAdvance(out int item)
    {
        if (!_onSecond)
        {
            if (first.TryNext(out item)) return true;
            _onSecond = true;
        }
        return second.TryNext(out item);
    }

    protected override void Release()
    {
        if (_onSecond) second.Dispose();
        else first.Dispose(); // BUG: the second part, not yet started, is never released
    }
}

internal sealed class FoldSkipsFirstMap(Iter<int> source, Func<int, int> selector) : Iter<int>(releaseAtEnd: false)
{
    protected override bool TryAdvance(out int item)
    {
        if (source.TryNext(out var x))
        {
            item = selector(x);
            return true;
        }
        item = 0;
        return false;
    }

    protected override bool TryFoldCore<TSink>(ref TSink sink)
    {
        var mapped = new Sink<TSink>(selector, sink);
        bool reachedEnd = source.TryFold(ref mapped);
        sink = mapped.Inner;
        return reachedEnd;
    }

    protected override void Release() => source.Dispose();

    private struct Sink<TSink>(Func<int, int> selector, TSink inner) : ISink<int>
        where TSink : struct, ISink<int>
    {
        public TSink Inner = inner;
        private bool _started;

        public bool Accept(int item)
        {
            if (!_started)
            {
                _started = true;
                return true; // BUG: drops the first element on the fold path only
            }
            return Inner.Accept(selector(item));
        }
    }
}

internal sealed class ReleasingTake(Iter<int> source,
    long count) : Iter<int>(releaseAtEnd: true) // BUG: a stage that releases at its end
{
    private long _remaining = count;

    protected override bool TryAdvance(out int item)
    {
        if (_remaining > 0 && source.TryNext(out item))
        {
            _remaining--;
            return true;
        }
        item = 0;
        return false;
    }

    protected override void Release() => source.Dispose();
}
