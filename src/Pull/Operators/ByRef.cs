namespace Streams;

public static partial class Pull
{
    /// <summary>
    /// Lends <paramref name="source"/> to an operator without giving up ownership (Rust's <c>by_ref</c>): the view
    /// pulls from <paramref name="source"/>, but disposing or finishing the view leaves <paramref name="source"/> open.
    /// </summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The iterator to borrow.</param>
    /// <returns>A borrowed view of <paramref name="source"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <remarks>Lazy; safe on infinite sources. This is Python's "islice, then keep going":
    /// <code>
    /// var it = Pull.Positives();
    /// var head = it.ByRef().Take(3).ToList(); // [1, 2, 3]
    /// var next = it.Next();                   // 4
    /// </code></remarks>
    public static Iter<T> ByRef<T>(this Iter<T> source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new ByRefIter<T>(source);
    }
}

// Forwards everything but Release: the lender keeps ownership.
internal sealed class ByRefIter<T>(Iter<T> source) : Iter<T>
{
    protected override bool TryAdvance(out T item) => source.TryNext(out item!);

    protected override bool TryFoldCore<TSink>(ref TSink sink) => source.TryFold(ref sink);
}
