namespace Streams.Laws;

// How a run that checks ownership ends the iterator before disposing it.
internal enum Ending
{
    // Pulled with TryNext until the end (or the expected exception).
    ByNext,

    // Disposed twice after a number of TryNext.
    ByDispose,

    // Consumed by one fold (ToList) until the end (or the expected exception).
    ByFold,
}

// The iterator laws on an observed subject: its sources are watched, so the laws also check what the law kit cannot
// see on a bare iterator (pulls made while building and per output, releases, pulls after a source's end) and compare
// the output with an oracle. Each law is a function of one subject that throws LawViolationException when broken.
// The consumption steps and "exhausted stays exhausted" come from Consumer, as for the law kit (Checker).
internal static class ObservedLaws<T>
{
    public const string ExhaustedLaw = Consumer<T>.Exhausted;
    public const string OnePassLaw = "one pass";
    public const string LazyLaw = "lazy";
    public const string OwnershipLaw = "ownership";
    public const string ModelLaw = "reference model";
    public const string CountLaw = "remaining count";

    // Drains stop here: an operator that never ends fails instead of hanging.
    private const int Limit = 100_000;

    private static void Must(bool condition, string law, Func<string> story)
    {
        if (!condition) throw new LawViolationException(law, story());
    }

    private static string Show(IEnumerable<T> xs) => IteratorLaws.Show<T>(xs.ToList());

    private static bool Same(LawSubject<T> s, IEnumerable<T> a, IReadOnlyList<T> b) => a.SequenceEqual(b, s.Comparer);

    private static bool IsPrefix(LawSubject<T> s, List<T> xs, IReadOnlyList<T> of) =>
        xs.Count <= of.Count && xs.SequenceEqual(of.Take(xs.Count), s.Comparer);

    private static Consumer<T> ConsumerFor(SourceLog log) => new("TryNext", pullsAfterEnd: 3, log.Threw);

    /// Exhausted stays exhausted: after the first end (or an exception a source threw, which reaches the caller as the
    /// same object), further TryNext say end, ToList gives nothing, the iterator is finished, and no source was pulled
    /// after it said end, even one that would resume. The output up to there is the model's (a prefix of it after an
    /// exception).
    public static void ExhaustedStaysExhausted(LawSubject<T> s)
    {
        var log = new SourceLog();
        var it = s.Build(log);
        var got = ConsumerFor(log).InOneGo(new IterCursor<T>(it), Limit);
        bool threw = got.Error is not null;
        Must(got.Ended || threw, ExhaustedLaw, () => $"no end within {Limit} elements");
        Must(threw ? IsPrefix(s, got.Items, s.Expected) : Same(s, got.Items, s.Expected), ExhaustedLaw,
            () => $"output {Show(got.Items)}{(threw ? " then exception" : "")}, model {Show(s.Expected)}");
        var rest = it.ToList();
        Must(rest.Count == 0, ExhaustedLaw, () => $"after the end, ToList gave {Show(rest)}");
        Must(it.IsFinished, ExhaustedLaw, () => "after the end, IsFinished is false");
        foreach (var (p, stage) in log.All)
            Must(!p.PulledAfterEnd(), ExhaustedLaw, () => $"source of stage {stage} was pulled after it said end");
    }

    /// One pass: consuming in two parts gives, concatenated, the model's output; a foreach after the end sees nothing.
    /// The first k elements are taken by TryNext or by a fold that stops after k (everything not pushed stays for later
    /// pulls), the rest by TryNext, foreach or a fold, as k picks. A remaining count the iterator reports, fresh and
    /// after the first part, is exact.
    public static void OnePass(LawSubject<T> s, int k)
    {
        var log = new SourceLog();
        var it = s.Build(log);
        var consumer = ConsumerFor(log);
        var cursor = new IterCursor<T>(it);
        var firstStyle = k % 2 == 0 ? PartStyle.Next : PartStyle.Fold;
        var restStyle = (PartStyle)(k / 2 % 3);
        CountIsExact(it, s.Expected.Count, "fresh");
        var first = consumer.InParts(cursor, [], _ => firstStyle, k);
        if (!first.Ended) CountIsExact(it, s.Expected.Count - first.Items.Count, $"after {first.Items.Count} by {firstStyle}");
        var rest = first.Ended ? first with { Items = [] } : consumer.InParts(cursor, [], _ => restStyle, Limit);
        var third = new List<T>();
        foreach (var x in it) third.Add(x);
        Must(Same(s, first.Items.Concat(rest.Items), s.Expected), OnePassLaw,
            () => $"{first.Items.Count} by {firstStyle} {Show(first.Items)} + rest by {restStyle} {Show(rest.Items)} != model {Show(s.Expected)}");
        Must(third.Count == 0, OnePassLaw, () => $"a foreach after the end saw {Show(third)}");
    }

    // A reported remaining count is exact, and TryGetNonEnumeratedCount agrees with it.
    private static void CountIsExact(Iter<T> it, int remaining, string when)
    {
        if (it.TryGetRemainingCount(out long count))
            Must(count == remaining, CountLaw, () => $"{when}, TryGetRemainingCount said {count}, but {remaining} remain");
        if (it.TryGetNonEnumeratedCount(out int linq))
            Must(linq == remaining, CountLaw, () => $"{when}, TryGetNonEnumeratedCount said {linq}, but {remaining} remain");
    }

    /// Lazy: building takes nothing from any source; giving k outputs takes at most MaxPulls(k) elements of the primary.
    public static void Lazy(LawSubject<T> s, int k)
    {
        var log = new SourceLog();
        var it = s.Build(log);
        int interceptions = s.Interceptions();
        foreach (var (p, stage) in log.All)
        {
            var calls = p.Calls ?? p.Taken;
            Must(calls() == 0, LazyLaw, () => $"building pulled {calls()} time(s) from the source of stage {stage} ({p})");
        }
        int got = 0;
        try
        {
            while (got < k && it.TryNext(out _)) got++;
        }
        catch (Exception e) when (log.Threw(e))
        {
        }
        var primary = log.Primary;
        // An intercepted exception released the stages below the catcher; a source that cannot count its pulls then
        // reports its position at the end (its finished invariant), so only an exact source is measured.
        if (s.Interceptions() != interceptions && !primary.ExactEnd) return;
        int? max = s.MaxPulls(got);
        Must(max is null || primary.Taken() <= max, LazyLaw,
            () => $"gave {got} outputs but pulled {primary.Taken()} elements from upstream ({primary}; contract: at most {max})");
    }

    /// Ownership, Python's rule: an iterator is released when it reaches its own end, when it throws, or when it or a
    /// stage below it is disposed; never because a downstream stage stopped early. So once the subject finished:
    /// after an exception or a Dispose every owned source was released exactly once; after a plain end each source was
    /// released only by its own end (exactly then, where the source can tell); disposing the subject then releases the
    /// rest, each once. A borrowed source is released only by its own end or its lender.
    public static void Ownership(LawSubject<T> s, Ending ending, int k)
    {
        var log = new SourceLog();
        var it = s.Build(log);
        int interceptions = s.Interceptions();
        bool threw = false;
        string how = ending switch
        {
            Ending.ByNext => "end by TryNext",
            Ending.ByDispose => $"Dispose twice after {k} TryNext",
            _ => "end by ToList",
        };
        try
        {
            switch (ending)
            {
                case Ending.ByNext:
                    while (it.TryNext(out _))
                    {
                    }
                    break;
                case Ending.ByDispose:
                    for (int i = 0; i < k && it.TryNext(out _); i++)
                    {
                    }
                    break;
                default:
                    it.ToList();
                    break;
            }
        }
        catch (Exception e) when (log.Threw(e))
        {
            threw = ending != Ending.ByDispose;
        }
        if (ending == Ending.ByDispose)
        {
            it.Dispose();
            it.Dispose();
        }
        Must(it.IsFinished, OwnershipLaw, () => $"after {how}, the iterator is not finished");
        bool released = threw || ending == Ending.ByDispose;
        bool partly = s.Interceptions() != interceptions;
        foreach (var (p, stage) in log.All)
        {
            Must(p.Releases() <= 1, OwnershipLaw, () => $"after {how}, the source of stage {stage} was released {p.Releases()} times");
            if (s.Owned(stage) && released)
                Must(p.Releases() == 1, OwnershipLaw, () => $"after {how}, the owned source of stage {stage} ({p}) was released {p.Releases()} times (want 1)");
            else if (!partly)
                ReleasedByItsOwnEndOnly(p, stage, $"after {how}");
        }
        it.Dispose();
        foreach (var (p, stage) in log.All)
        {
            if (s.Owned(stage))
            {
                Must(p.Releases() == 1, OwnershipLaw,
                    () => $"after {how} and Dispose, the owned source of stage {stage} ({p}) was released {p.Releases()} times (want 1)");
                continue;
            }
            if (!partly) ReleasedByItsOwnEndOnly(p, stage, "after Dispose, a borrowed source");
            p.Iterator.Dispose();
            Must(p.Releases() == 1, OwnershipLaw, () => $"disposing the lender released it {p.Releases()} times");
        }
    }

    private static void ReleasedByItsOwnEndOnly(WatchedSource p, int stage, string when)
    {
        bool atEnd = p.AtEnd();
        if (p.ExactEnd)
            Must(p.Releases() == (atEnd ? 1 : 0), OwnershipLaw,
                () => $"{when}, a source of stage {stage} ({p}) that {(atEnd ? "said end" : "did not end")} was released {p.Releases()} times (Python's rule: released by its own end only)");
        else
            Must(p.Releases() <= (atEnd ? 1 : 0), OwnershipLaw,
                () => $"{when}, a source of stage {stage} ({p}) that did not reach its end was released (Python's rule: released by its own end only)");
    }

    /// Reference model: external iteration (TryNext), internal iteration (ToList, Fold) and the terminals that take
    /// capability paths (Count; for int elements the vectorised Sum and WrappingSum) agree with the model.
    public static void MatchesModel(LawSubject<T> s)
    {
        var byNext = new List<T>();
        var pulled = s.Build(new SourceLog());
        while (byNext.Count < Limit && pulled.TryNext(out var x)) byNext.Add(x);
        var byList = s.Build(new SourceLog()).ToList();
        var byFold = s.Build(new SourceLog()).Fold(new List<T>(), (acc, x) => { acc.Add(x); return acc; });
        long byCount = s.Build(new SourceLog()).Count();
        Must(Same(s, byNext, s.Expected), ModelLaw, () => $"TryNext gave {Show(byNext)}, model {Show(s.Expected)}");
        Must(Same(s, byList, s.Expected), ModelLaw, () => $"ToList gave {Show(byList)}, model {Show(s.Expected)}");
        Must(Same(s, byFold, s.Expected), ModelLaw, () => $"Fold gave {Show(byFold)}, model {Show(s.Expected)}");
        Must(byCount == s.Expected.Count, ModelLaw, () => $"Count gave {byCount}, model {s.Expected.Count}");
        if (s is LawSubject<int> ints) SumsMatch(ints);
    }

    // Sum is checked: it throws on overflow (vectorised over a span, lane by lane, as System.Linq does). Elements under
    // 2^24 in magnitude, fewer than 2^7 of them, cannot overflow in any lane, so the sum must then equal the model's.
    private static void SumsMatch(LawSubject<int> s)
    {
        int wrapping = s.Build(new SourceLog()).WrappingSum();
        int model = s.Expected.Aggregate(0, (a, x) => unchecked(a + x));
        Must(wrapping == model, ModelLaw, () => $"WrappingSum gave {wrapping}, model {model}");
        if (s.Expected.Count >= 1 << 7 || s.Expected.Any(x => Math.Abs((long)x) >= 1 << 24)) return;
        int total = s.Build(new SourceLog()).Sum();
        Must(total == model, ModelLaw, () => $"Sum gave {total}, model {model}");
    }

    /// On an infinite source, the first k outputs come without running away and are the model's (Expected is the
    /// model's output on the prefix the subject may pull).
    public static void FirstOutputs(LawSubject<T> s, int k)
    {
        var it = s.Build(new SourceLog());
        var got = new List<T>();
        while (got.Count < k && it.TryNext(out var x)) got.Add(x);
        var want = s.Expected.Take(k).ToList();
        Must(Same(s, got, want), ModelLaw, () => $"first {k} outputs on an infinite source were {Show(got)}, model {Show(want)}");
        it.Dispose();
    }
}
