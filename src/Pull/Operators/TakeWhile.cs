namespace Streams;

public static partial class Pull
{
    /// <summary>The elements up to, not including, the first one for which <paramref name="predicate"/> is false
    /// (Python's <c>itertools.takewhile</c>).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The upstream iterator; the result owns it and releases it when done.</param>
    /// <param name="predicate">The test, called once per pulled element, in order.</param>
    /// <returns>A lazy iterator of the leading elements that pass.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="predicate"/> is <see langword="null"/>.</exception>
    /// <remarks>Lazy: pulls up to and including the first failing element, which is consumed and lost (as in Python),
    /// then never pulls again. Safe on infinite sources as long as some element fails.</remarks>
    /// <example><code>Pull.Positives().TakeWhile(x =&gt; x &lt; 4).ToList(); // [1, 2, 3]</code></example>
    public static Iter<T> TakeWhile<T>(this Iter<T> source, Func<T, bool> predicate)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(predicate);
        return new TakeWhileIter<T>(source, predicate);
    }
}

internal sealed class TakeWhileIter<T>(Iter<T> source, Func<T, bool> predicate) : Stage<T>(source.StackDepth)
{
    // Returning false finishes this iterator, so the source is never pulled after the failing element.
    protected override bool TryAdvance(out T item) => source.Step(out item!) && predicate(item);

    protected override bool TryFoldCore<TSink>(ref TSink sink)
    {
        var taking = new Sink<TSink>(this, predicate, sink);
        bool sourceEnded = source.TryFold(ref taking);
        sink = taking.Inner;
        return sourceEnded || taking.Failed || IsFinished;
    }

    protected override void Release() => source.Dispose();

    // After each element it checks whether a lambda pulling this stage ended it (one load of the state byte per element).
    private struct Sink<TSink>(TakeWhileIter<T> owner, Func<T, bool> predicate, TSink inner) : ISink<T>
        where TSink : struct, ISink<T>
    {
        public TSink Inner = inner;
        public bool Failed;

        public bool Accept(T item)
        {
            if (!predicate(item))
            {
                Failed = true;
                return false;
            }
            return Inner.Accept(item) && !owner.IsFinished;
        }
    }
}
