using Streams.Tests.Doubles;

namespace Streams.Tests.Laws;

/// <summary>What a law needs to know about the iterator under test: how to build it (recording its sources), the
/// oracle's output, which sources it owns, and its laziness contract.</summary>
public sealed record Subject(Func<Sources, Iter<int>> Build, List<int> Expected, Func<int, bool> Owned, Func<int, int?> MaxPulls, bool MayThrow)
{
    public static Subject Of(OpEntry e, OpCase c) => new(
        sources =>
        {
            sources.Stage = -1;
            var primary = sources.Primary(c);
            sources.Stage = 0;
            return e.Build(primary, c.Args, sources);
        },
        e.Model(c.Input.ToList(), c.Args),
        stage => !(e.Borrows && stage < 0),
        k => e.MaxPulls(k, c.Args),
        c.Kind == SourceKind.Throws);

    public static Subject Of(PipelineCase p) => new(p.Build, p.Model(), p.Owned, _ => null, false);
}

/// <summary>A broken law; its message is the counterexample's story.</summary>
public sealed class LawBrokenException(string message) : Exception(message);

/// <summary>
/// The laws, each a function of one generated case that throws <see cref="LawBrokenException"/> when broken. The
/// same functions run over the operator table, the random pipelines and the planted bugs.
/// </summary>
public static class OperatorLaws
{
    private static void Must(bool condition, Func<string> story)
    {
        if (!condition) throw new LawBrokenException(story());
    }

    private static string Show(IEnumerable<int> xs) => "[" + string.Join(",", xs) + "]";

    // Pulls with TryNext until the end (or limit), returning what came and whether a ProbeException stopped it.
    private static (List<int> Items, bool Threw) Drain(Iter<int> it, int limit = 100_000)
    {
        var items = new List<int>();
        try
        {
            while (items.Count < limit && it.TryNext(out var x)) items.Add(x);
            return (items, false);
        }
        catch (ProbeException)
        {
            return (items, true);
        }
    }

    private static bool IsPrefix(List<int> xs, List<int> of) => xs.Count <= of.Count && xs.SequenceEqual(of.Take(xs.Count));

    /// <summary>After the first end (or exception), every further TryNext says end and TryFold yields nothing; no source is
    /// pulled after it said end, even one that would resume.</summary>
    public static void ExhaustedStaysExhausted(Subject s)
    {
        var sources = new Sources();
        var it = s.Build(sources);
        ExhaustedStaysExhausted(() => (it.TryNext(out var x), x), s.Expected);
        var rest = it.ToList();
        Must(rest.Count == 0, () => $"after the end, ToList gave {Show(rest)}");
        Must(it.IsFinished, () => "after the end, IsFinished is false");
        foreach (var (p, stage) in sources.All)
            Must(!p.PulledAfterEnd, () => $"source of stage {stage} was pulled after it said end");
    }

    /// <summary>The core of the law on a raw next function (no base class to protect it): drain, then three more calls
    /// must all say end.</summary>
    public static void ExhaustedStaysExhausted(Func<(bool HasValue, int Value)> next, List<int> expected)
    {
        var items = new List<int>();
        bool threw = false;
        try
        {
            while (items.Count < 100_000 && next() is (true, var x)) items.Add(x);
        }
        catch (ProbeException)
        {
            threw = true;
        }
        Must(threw ? IsPrefix(items, expected) : items.SequenceEqual(expected),
            () => $"output {Show(items)}{(threw ? " then exception" : "")}, model {Show(expected)}");
        for (int i = 1; i <= 3; i++)
        {
            var (more, x) = next();
            Must(!more, () => $"after {items.Count} elements and {(threw ? "an exception" : "end")}, next call {i} returned true with {x}");
        }
    }

    /// <summary>Consuming in two parts (TryNext for k, then a foreach or a fold for the rest) gives, concatenated, the
    /// one-go output; a second foreach sees nothing.</summary>
    public static void OnePass(Subject s, int k)
    {
        var it = s.Build(new Sources());
        var first = new List<int>();
        while (first.Count < k && it.TryNext(out var x)) first.Add(x);
        var second = new List<int>();
        bool viaFold = k % 2 == 1;
        if (viaFold) second.AddRange(it.ToList());
        else foreach (var x in it) second.Add(x);
        var third = new List<int>();
        foreach (var x in it) third.Add(x);
        Must(first.Concat(second).SequenceEqual(s.Expected),
            () => $"{first.Count} by TryNext {Show(first)} + rest by {(viaFold ? "ToList" : "foreach")} {Show(second)} != model {Show(s.Expected)}");
        Must(third.Count == 0, () => $"a foreach after the end saw {Show(third)}");
    }

    /// <summary>Building pulls nothing; giving k outputs pulls at most MaxPulls(k) elements from the primary source.</summary>
    public static void Lazy(Subject s, int k)
    {
        var sources = new Sources();
        var it = s.Build(sources);
        foreach (var (p, stage) in sources.All)
            Must(p.Calls == 0, () => $"building pulled {p.Calls} time(s) from the source of stage {stage}");
        int got = 0;
        try
        {
            while (got < k && it.TryNext(out _)) got++;
        }
        catch (ProbeException)
        {
        }
        var primary = sources.All.First(x => x.Stage < 0).Probe;
        int? max = s.MaxPulls(got);
        Must(max is null || primary.Pulls <= max, () => $"gave {got} outputs but pulled {primary.Pulls} elements from upstream (contract: at most {max})");
    }

    /// <summary>Ownership, Python's rule: an iterator is released when it reaches its own end, when it throws, or when
    /// it or a stage below it is disposed; never because a downstream stage stopped early. So once the pipeline
    /// finished: after an exception or a Dispose (twice, after k TryNext) every owned source was released exactly
    /// once; after a plain end (by TryNext or by ToList) each source was released exactly when it said end itself
    /// (a source a stage stopped early in stays open), and disposing the pipeline then releases the rest, each once.
    /// A borrowed source is released only by its own end or its lender.</summary>
    public static void Disposal(Subject s, int k)
    {
        var sources = new Sources();
        var it = s.Build(sources);
        string how;
        bool threw = false;
        int mismatches = MismatchAsValue.Caught;
        switch (k % 3)
        {
            case 0:
                how = "end by TryNext";
                threw = Drain(it).Threw;
                break;
            case 1:
                how = $"Dispose twice after {k} TryNext";
                try
                {
                    for (int i = 0; i < k && it.TryNext(out _); i++)
                    {
                    }
                }
                catch (ProbeException)
                {
                }
                it.Dispose();
                it.Dispose();
                break;
            default:
                how = "end by ToList";
                try
                {
                    it.ToList();
                }
                catch (ProbeException)
                {
                    threw = true;
                }
                break;
        }
        Must(it.IsFinished, () => $"after {how}, the iterator is not finished");
        bool released = threw || k % 3 == 1;
        // A mismatch turned into a value released the stages below its wrapper only: there, 0 or 1 releases are right.
        bool partlyReleased = MismatchAsValue.Caught != mismatches;
        foreach (var (p, stage) in sources.All)
        {
            Must(p.Releases <= 1, () => $"after {how}, the source of stage {stage} was released {p.Releases} times");
            if (s.Owned(stage) && released)
                Must(p.Releases == 1, () => $"after {how}, the owned source of stage {stage} {Show(p.Items)} was released {p.Releases} times (want 1)");
            else if (!partlyReleased)
                Must(p.Releases == (p.SaidEnd ? 1 : 0), () => $"after {how}, a source of stage {stage} {Show(p.Items)} that {(p.SaidEnd ? "said end" : "did not end")} was released {p.Releases} times (Python's rule: released by its own end only)");
        }
        it.Dispose();
        foreach (var (p, stage) in sources.All)
        {
            if (s.Owned(stage))
                Must(p.Releases == 1, () => $"after {how} and Dispose, the owned source of stage {stage} {Show(p.Items)} was released {p.Releases} times (want 1)");
            else
            {
                Must(partlyReleased || p.Releases == (p.SaidEnd ? 1 : 0), () => $"after Dispose, a borrowed source was released {p.Releases} times");
                p.Dispose();
                Must(p.Releases == 1, () => $"disposing the lender released it {p.Releases} times");
            }
        }
    }

    /// <summary>Reference model: external iteration (TryNext), internal iteration (ToList, Fold, Sum) and the model agree.</summary>
    public static void MatchesModel(Subject s)
    {
        var byNext = Drain(s.Build(new Sources())).Items;
        var byList = s.Build(new Sources()).ToList();
        var byFold = s.Build(new Sources()).Fold(new List<int>(), (acc, x) => { acc.Add(x); return acc; });
        int bySum = s.Build(new Sources()).WrappingSum();
        int modelSum = s.Expected.Aggregate(0, (a, x) => unchecked(a + x));
        Must(byNext.SequenceEqual(s.Expected), () => $"TryNext gave {Show(byNext)}, model {Show(s.Expected)}");
        Must(byList.SequenceEqual(s.Expected), () => $"ToList gave {Show(byList)}, model {Show(s.Expected)}");
        Must(byFold.SequenceEqual(s.Expected), () => $"Fold gave {Show(byFold)}, model {Show(s.Expected)}");
        Must(bySum == modelSum, () => $"Sum gave {bySum}, model {modelSum}");
    }

    /// <summary>On an infinite source, an operator with a laziness contract gives its first k outputs without running
    /// away, and they are the model's output on the prefix it may pull.</summary>
    public static void TerminatesOnInfinite(OpEntry e, OpArgs a, int k)
    {
        int? bound = e.MaxPulls(k, a);
        if (bound is null) return;
        var sources = new Sources();
        var src = Probe<int>.Infinite(Generators.InfiniteAt, limit: 10_000);
        sources.Stage = 0;
        var it = e.Build(src, a, sources);
        var got = new List<int>();
        while (got.Count < k && it.TryNext(out var x)) got.Add(x);
        var prefix = Enumerable.Range(0, bound.Value).Select(Generators.InfiniteAt).ToList();
        var want = e.Model(prefix, a).Take(k).ToList();
        Must(got.SequenceEqual(want), () => $"first {k} outputs on an infinite source were {Show(got)}, model on its first {bound} elements {Show(want)}");
        it.Dispose();
    }
}
