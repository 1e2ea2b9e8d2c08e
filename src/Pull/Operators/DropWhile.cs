namespace Streams;

public static partial class Pull
{
    /// <summary>Drops the leading elements for which <paramref name="predicate"/> is true, then yields everything else
    /// (Python's <c>itertools.dropwhile</c>).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The upstream iterator; the result owns it.</param>
    /// <param name="predicate">The test; called on leading elements only, until it first fails, never afterwards.</param>
    /// <returns>A lazy iterator starting at the first element that fails the test.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="predicate"/> is <see langword="null"/>.</exception>
    /// <remarks>Lazy: the first pull drops the leading elements, then one element is pulled per element produced.
    /// On an infinite source, a predicate that always holds makes the first pull run forever (as in Python).</remarks>
    /// <example><code>Pull.Of(1, 2, 5, 1).DropWhile(x =&gt; x &lt; 3).ToList(); // [5, 1]</code></example>
    public static Iter<T> DropWhile<T>(this Iter<T> source, Func<T, bool> predicate)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(predicate);
        return new DropWhileIter<T>(source, predicate);
    }
}

// Invariant: once _dropping is false the predicate is never called again.
internal sealed class DropWhileIter<T>(Iter<T> source, Func<T, bool> predicate) : Stage<T>(source.StackDepth)
{
    private bool _dropping = true;

    protected override bool TryAdvance(out T item)
    {
        if (!_dropping) return source.Step(out item!);
        while (source.Step(out item!))
        {
            if (!predicate(item))
            {
                _dropping = false;
                return true;
            }
        }
        return false;
    }

    // Drops by pulling, then folds straight through: after the first kept element this stage adds nothing per element,
    // and holds no state a lambda pulling it could see stale.
    protected override bool TryFoldCore<TSink>(ref TSink sink)
    {
        while (_dropping)
        {
            if (!source.Step(out var item)) return true;
            if (!predicate(item))
            {
                _dropping = false;
                if (!sink.Accept(item)) return false;
            }
        }
        return source.TryFold(ref sink);
    }

    protected override void Release() => source.Dispose();
}
