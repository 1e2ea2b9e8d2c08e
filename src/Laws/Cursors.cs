namespace Streams.Laws;

// One shape for the three kinds of iterator the kit accepts: pull one element, or release.
internal interface ICursor<T> : IDisposable
{
    bool Next(out T item);

    // Consumes up to count elements with a foreach, when the kind has one (Iter<T>): "a second foreach sees only the
    // rest". Returns null when the kind has no foreach, else whether the foreach reached the end.
    bool? ForeachPart(int count, List<T> into);

    // Consumes up to count elements with internal iteration (TryFold with a sink that stops after count), when the kind
    // has it (Iter<T>): a fold that stops leaves the rest to later pulls. Null when the kind has no fold, else whether
    // the fold reached the end.
    bool? FoldPart(int count, List<T> into);

    // A fresh Iter must not be finished; other kinds cannot tell.
    bool? IsFinished { get; }

    // Whether a disposed instance is promised to say end (true only for Iter<T>).
    bool EndsAfterDispose { get; }
}

internal sealed class IterCursor<T>(Iter<T> iter) : ICursor<T>
{
    public bool Next(out T item) => iter.TryNext(out item!);

    public bool? ForeachPart(int count, List<T> into)
    {
        if (count <= 0) return false;
        int taken = 0;
        foreach (var x in iter)
        {
            into.Add(x);
            if (++taken == count) return false;
        }
        return true;
    }

    public bool? FoldPart(int count, List<T> into)
    {
        if (count <= 0) return false;
        var sink = new Collect(count, into);
        return iter.TryFold(ref sink);
    }

    public bool? IsFinished => iter.IsFinished;

    public bool EndsAfterDispose => true;

    public void Dispose() => iter.Dispose();

    // Adds each element it accepts and stops after the count-th.
    private struct Collect(int count, List<T> into) : ISink<T>
    {
        private int _left = count;

        public bool Accept(T item)
        {
            into.Add(item);
            return --_left > 0;
        }
    }
}

internal sealed class EnumeratorCursor<T>(IEnumerator<T> enumerator) : ICursor<T>
{
    public bool Next(out T item)
    {
        if (enumerator.MoveNext())
        {
            item = enumerator.Current;
            return true;
        }
        item = default!;
        return false;
    }

    public bool? ForeachPart(int count, List<T> into) => null;

    public bool? FoldPart(int count, List<T> into) => null;

    public bool? IsFinished => null;

    public bool EndsAfterDispose => false;

    public void Dispose() => enumerator.Dispose();
}

internal sealed class FunctionCursor<T>(Func<(bool HasValue, T Value)> next) : ICursor<T>
{
    public bool Next(out T item)
    {
        var (has, value) = next();
        item = value;
        return has;
    }

    public bool? ForeachPart(int count, List<T> into) => null;

    public bool? FoldPart(int count, List<T> into) => null;

    public bool? IsFinished => null;

    public bool EndsAfterDispose => false;

    public void Dispose()
    {
    }
}
