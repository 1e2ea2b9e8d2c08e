namespace Streams.Laws;

// Runs every law on fresh cursors from one factory. Invariant: every cursor it builds is disposed.
internal sealed class Checker<T>(Func<ICursor<T>> factory, LawOptions options, string nextName)
{
    private const string Lazy = "lazy construction";
    private const string Deterministic = "deterministic";
    private const string OnePass = "one pass";
    private const string Exhausted = "exhausted stays exhausted";
    private const string DisposeIdempotent = "dispose is idempotent";

    private readonly Random _random = new(options.Seed);
    private readonly EqualityComparer<T> _eq = EqualityComparer<T>.Default;
    private int _pulls;

    // What one bounded consumption saw.
    private sealed record Outcome(List<T> Items, bool Ended, Exception? Error)
    {
        public string Describe() =>
            $"{IteratorLaws.Show(Items)}{(Error is not null ? $" then {Error.GetType().Name}" : Ended ? " then end" : " (no end within the bound)")}";
    }

    public LawReport Run()
    {
        if (options.MaxElements < 0) throw new ArgumentOutOfRangeException(nameof(options), "MaxElements must not be negative.");
        var notApplicable = new List<string>();

        // Lazy construction: building must return promptly; it must not iterate.
        var build = Task.Run(factory);
        if (!build.Wait(options.ConstructionTimeout))
            throw new LawViolationException(Lazy, $"building an iterator did not return within {options.ConstructionTimeout.TotalSeconds:0.###}s (does the constructor iterate?)");
        var reference = Consume(build.Result, options.MaxElements, checkFresh: true);
        int n = reference.Items.Count;

        // Determinism: a second fresh instance sees the same.
        var second = Consume(factory(), options.MaxElements, checkFresh: false);
        if (!Same(reference, second, out var diff))
            throw new LawViolationException(Deterministic, $"two fresh iterators differ: {diff}; first {reference.Describe()}, second {second.Describe()}");

        // One pass: split at every point of the prefix, then at random multi-part splits.
        for (int k = 0; k <= n; k++) CheckSplit(reference, [k], foreachMask: k % 2 == 1 ? 2 : 0);
        for (int r = 0; r < options.RandomSplits && n > 0; r++)
        {
            int parts = _random.Next(1, 4);
            var cuts = Enumerable.Range(0, parts).Select(_ => _random.Next(0, n + 1)).Order().ToArray();
            CheckSplit(reference, cuts, foreachMask: _random.Next(0, 1 << (parts + 1)));
        }

        // Exhausted stays exhausted (checked inside Consume on every instance that ended or threw).
        if (!reference.Ended && reference.Error is null)
            notApplicable.Add($"{Exhausted}: no end within MaxElements = {options.MaxElements}");

        // Dispose is idempotent, at the start, at the end of the prefix and at a random point.
        foreach (int k in new[] { 0, n, _random.Next(0, n + 1) }.Distinct()) CheckDispose(k);

        string[] held = reference.Ended || reference.Error is not null
            ? [Lazy, Deterministic, OnePass, Exhausted, DisposeIdempotent]
            : [Lazy, Deterministic, OnePass, DisposeIdempotent];
        return new LawReport(held, notApplicable, n, reference.Ended, _pulls);
    }

    // Pulls up to max elements, then, at an end or an exception, checks that further pulls say end.
    private Outcome Consume(ICursor<T> cursor, int max, bool checkFresh)
    {
        using var _ = cursor;
        if (checkFresh && cursor.IsFinished == true)
            throw new LawViolationException(Lazy, "a freshly built iterator is already finished");
        var items = new List<T>();
        var (ended, error) = Pull(cursor, max, items);
        if (ended || error is not null) CheckStaysExhausted(cursor, items.Count, error);
        return new Outcome(items, ended, error);
    }

    private (bool Ended, Exception? Error) Pull(ICursor<T> cursor, int count, List<T> into)
    {
        try
        {
            for (int i = 0; i < count; i++)
            {
                _pulls++;
                if (!cursor.Next(out var x)) return (true, null);
                into.Add(x);
            }
            return (false, null);
        }
        catch (Exception e) when (e is not LawViolationException)
        {
            return (false, e);
        }
    }

    private void CheckStaysExhausted(ICursor<T> cursor, int seen, Exception? error)
    {
        string after = error is null ? $"after {seen} elements and end" : $"after {seen} elements and an exception ({error.GetType().Name})";
        for (int i = 1; i <= options.PullsAfterEnd; i++)
        {
            bool more;
            T x;
            try
            {
                _pulls++;
                more = cursor.Next(out x);
            }
            catch (Exception e)
            {
                throw new LawViolationException(Exhausted, $"{after}, {nextName} call {i} threw {e.GetType().Name}: {e.Message}", e);
            }
            if (more)
                throw new LawViolationException(Exhausted, $"{after}, {nextName} returned true with {IteratorLaws.Show(x)}" + (i > 1 ? $" (on call {i} after the end)" : ""));
        }
    }

    // Consumes a fresh instance in parts ending at the given cuts (then the rest); bit i of foreachMask says part i uses foreach.
    private void CheckSplit(Outcome reference, int[] cuts, int foreachMask)
    {
        using var cursor = factory();
        var items = new List<T>();
        var sizes = new List<int>();
        bool ended = false;
        Exception? error = null;
        int start = 0;
        for (int part = 0; part <= cuts.Length && !ended && error is null; part++)
        {
            int count = part < cuts.Length ? cuts[part] - start : options.MaxElements - start;
            bool useForeach = (foreachMask >> part & 1) == 1;
            int before = items.Count;
            try
            {
                bool? e = useForeach ? cursor.ForeachPart(count, items) : null;
                (ended, error) = e is { } viaForeach ? (viaForeach, null) : Pull(cursor, count, items);
            }
            catch (Exception e) when (e is not LawViolationException)
            {
                error = e;
            }
            sizes.Add(items.Count - before);
            start = part < cuts.Length ? cuts[part] : start;
        }
        var split = new Outcome(items, ended, error);
        if (!Same(reference, split, out var diff))
            throw new LawViolationException(OnePass,
                $"consuming in parts of sizes [{string.Join(", ", sizes)}] gave {split.Describe()}, but in one go {reference.Describe()} ({diff})");
    }

    private void CheckDispose(int k)
    {
        var cursor = factory();
        var (ended, error) = Pull(cursor, k, []);
        try
        {
            cursor.Dispose();
            cursor.Dispose();
        }
        catch (Exception e)
        {
            throw new LawViolationException(DisposeIdempotent, $"after {k} elements, disposing twice threw {e.GetType().Name}: {e.Message}", e);
        }
        if (!cursor.EndsAfterDispose || ended || error is not null) return;
        if (cursor.Next(out var x))
            throw new LawViolationException(Exhausted, $"after {k} elements and Dispose, {nextName} returned true with {IteratorLaws.Show(x)}");
    }

    private bool Same(Outcome a, Outcome b, out string diff)
    {
        int common = Math.Min(a.Items.Count, b.Items.Count);
        for (int i = 0; i < common; i++)
        {
            if (!_eq.Equals(a.Items[i], b.Items[i]))
            {
                diff = $"element {i} is {IteratorLaws.Show(a.Items[i])} vs {IteratorLaws.Show(b.Items[i])}";
                return false;
            }
        }
        if (a.Items.Count != b.Items.Count)
        {
            diff = $"{a.Items.Count} vs {b.Items.Count} elements";
            return false;
        }
        if (a.Ended != b.Ended || (a.Error is null) != (b.Error is null) || a.Error?.GetType() != b.Error?.GetType())
        {
            diff = $"after {common} elements one ends as {Ending(a)}, the other as {Ending(b)}";
            return false;
        }
        diff = "";
        return true;
    }

    private static string Ending(Outcome o) => o.Error is not null ? o.Error.GetType().Name : o.Ended ? "end" : "no end within the bound";
}
