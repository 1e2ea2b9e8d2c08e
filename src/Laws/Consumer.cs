namespace Streams.Laws;

// How one part of a consumption pulls: one TryNext (or MoveNext, or next call) at a time, a foreach, or a fold that
// stops after the part. A kind without foreach or fold (an enumerator, a next function) pulls that part one at a time.
internal enum PartStyle
{
    Next,
    Foreach,
    Fold,
}

// What one bounded consumption saw, and the sizes of the parts it was taken in.
internal sealed record Consumed<T>(List<T> Items, bool Ended, Exception? Error, List<int> Sizes)
{
    public string Describe() =>
        $"{IteratorLaws.Show(Items)}{(Error is not null ? $" then {Error.GetType().Name}" : Ended ? " then end" : " (no end within the bound)")}";
}

// The consumption steps every law is built from, in one place for the law kit (Checker) and the observed laws
// (ObservedLaws): pulling a bounded number of elements, consuming in parts of mixed styles, and checking that an
// iterator that ended or threw stays exhausted. isOutcome says which exceptions are the iterator's own outcome (an end
// by exception); any other exception propagates unchanged.
internal sealed class Consumer<T>(string nextName, int pullsAfterEnd, Func<Exception, bool> isOutcome)
{
    public const string Exhausted = "exhausted stays exhausted";

    // How many pulls this consumer made, over every cursor.
    public int Pulls { get; private set; }

    public (bool Ended, Exception? Error) Pull(ICursor<T> cursor, int count, List<T> into)
    {
        try
        {
            for (int i = 0; i < count; i++)
            {
                Pulls++;
                if (!cursor.Next(out var x)) return (true, null);
                into.Add(x);
            }
            return (false, null);
        }
        catch (Exception e) when (e is not LawViolationException && isOutcome(e))
        {
            return (false, e);
        }
    }

    // After an end (or an exception) at `seen` elements, pullsAfterEnd further pulls must all say end.
    public void CheckStaysExhausted(ICursor<T> cursor, int seen, Exception? error)
    {
        string after = error is null ? $"after {seen} elements and end" : $"after {seen} elements and an exception ({error.GetType().Name})";
        for (int i = 1; i <= pullsAfterEnd; i++)
        {
            bool more;
            T x;
            try
            {
                Pulls++;
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

    // Pulls up to max elements in one go; at an end or an exception, checks that it stays exhausted.
    public Consumed<T> InOneGo(ICursor<T> cursor, int max)
    {
        var items = new List<T>();
        var (ended, error) = Pull(cursor, max, items);
        if (ended || error is not null) CheckStaysExhausted(cursor, items.Count, error);
        return new Consumed<T>(items, ended, error, [items.Count]);
    }

    // Consumes in parts ending at the given cuts, then the rest up to max elements; part i pulls in style(i).
    public Consumed<T> InParts(ICursor<T> cursor, int[] cuts, Func<int, PartStyle> style, int max)
    {
        var items = new List<T>();
        var sizes = new List<int>();
        bool ended = false;
        Exception? error = null;
        int start = 0;
        for (int part = 0; part <= cuts.Length && !ended && error is null; part++)
        {
            int count = part < cuts.Length ? cuts[part] - start : max - start;
            int before = items.Count;
            try
            {
                bool? whole = style(part) switch
                {
                    PartStyle.Foreach => cursor.ForeachPart(count, items),
                    PartStyle.Fold => cursor.FoldPart(count, items),
                    _ => null,
                };
                (ended, error) = whole is { } e ? (e, null) : Pull(cursor, count, items);
            }
            catch (Exception e) when (e is not LawViolationException && isOutcome(e))
            {
                error = e;
            }
            sizes.Add(items.Count - before);
            start = part < cuts.Length ? Math.Max(cuts[part], start) : start;
        }
        return new Consumed<T>(items, ended, error, sizes);
    }

    public static string Styles(int parts, Func<int, PartStyle> style) =>
        string.Join(", ", Enumerable.Range(0, parts).Select(i => style(i).ToString()));
}
