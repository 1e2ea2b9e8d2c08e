namespace Streams.Laws;

// Runs every law on fresh cursors from one factory. Invariant: every cursor it builds is disposed.
internal sealed class Checker<T>(Func<ICursor<T>> factory, LawOptions options, string nextName)
{
    private const string Lazy = "lazy construction";
    private const string Deterministic = "deterministic";
    private const string OnePass = "one pass";
    private const string Exhausted = Consumer<T>.Exhausted;
    private const string DisposeIdempotent = "dispose is idempotent";

    private readonly Random _random = new(options.Seed);
    private readonly EqualityComparer<T> _eq = EqualityComparer<T>.Default;

    // Any exception the iterator throws is its outcome (an end by exception), except a law's own violation.
    private readonly Consumer<T> _consumer = new(nextName, options.PullsAfterEnd, _ => true);

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
        for (int k = 0; k <= n; k++) CheckSplit(reference, [k], SingleSplitStyle(k));
        for (int r = 0; r < options.RandomSplits && n > 0; r++)
        {
            int parts = _random.Next(1, 4);
            var cuts = Enumerable.Range(0, parts).Select(_ => _random.Next(0, n + 1)).Order().ToArray();
            var styles = Enumerable.Range(0, parts + 1).Select(_ => (PartStyle)_random.Next(0, 3)).ToArray();
            CheckSplit(reference, cuts, part => styles[part]);
        }

        // Exhausted stays exhausted (checked inside Consume on every instance that ended or threw).
        if (!reference.Ended && reference.Error is null)
            notApplicable.Add($"{Exhausted}: no end within MaxElements = {options.MaxElements}");

        // Dispose is idempotent, at the start, at the end of the prefix and at a random point.
        foreach (int k in new[] { 0, n, _random.Next(0, n + 1) }.Distinct()) CheckDispose(k);

        string[] held = reference.Ended || reference.Error is not null
            ? [Lazy, Deterministic, OnePass, Exhausted, DisposeIdempotent]
            : [Lazy, Deterministic, OnePass, DisposeIdempotent];
        return new LawReport(held, notApplicable, n, reference.Ended, _consumer.Pulls);
    }

    // The split at k: the first part by pulls or by a fold that stops, the rest by pulls, foreach or fold.
    private static Func<int, PartStyle> SingleSplitStyle(int k) =>
        part => part == 0 ? (k % 2 == 0 ? PartStyle.Next : PartStyle.Fold) : (PartStyle)(k % 3);

    // Pulls up to max elements, then, at an end or an exception, checks that further pulls say end.
    private Consumed<T> Consume(ICursor<T> cursor, int max, bool checkFresh)
    {
        using var _ = cursor;
        if (checkFresh && cursor.IsFinished == true)
            throw new LawViolationException(Lazy, "a freshly built iterator is already finished");
        return _consumer.InOneGo(cursor, max);
    }

    // Consumes a fresh instance in parts ending at the given cuts (then the rest); part i pulls in style(i).
    private void CheckSplit(Consumed<T> reference, int[] cuts, Func<int, PartStyle> style)
    {
        using var cursor = factory();
        var split = _consumer.InParts(cursor, cuts, style, options.MaxElements);
        if (!Same(reference, split, out var diff))
            throw new LawViolationException(OnePass,
                $"consuming in parts of sizes [{string.Join(", ", split.Sizes)}] ({Consumer<T>.Styles(cuts.Length + 1, style)}) "
                + $"gave {split.Describe()}, but in one go {reference.Describe()} ({diff})");
    }

    private void CheckDispose(int k)
    {
        var cursor = factory();
        var (ended, error) = _consumer.Pull(cursor, k, []);
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

    private bool Same(Consumed<T> a, Consumed<T> b, out string diff)
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

    private static string Ending(Consumed<T> o) => o.Error is not null ? o.Error.GetType().Name : o.Ended ? "end" : "no end within the bound";
}
