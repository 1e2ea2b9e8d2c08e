namespace Streams;

public static partial class Pull
{
    /// <summary>Keeps the elements whose matching selector is true (Python's <c>itertools.compress</c>).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The data; the result owns it.</param>
    /// <param name="selectors">One flag per element of <paramref name="source"/>; the result owns it.</param>
    /// <returns>A lazy iterator of the selected elements; it ends when either input ends.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="selectors"/> is <see langword="null"/>.</exception>
    /// <remarks>Lazy: like Python's <c>zip</c>, each step pulls a data element, then its selector; when the data ends the
    /// selectors are not pulled again, and when the selectors end the data element just pulled is lost. Safe on infinite
    /// inputs as long as true selectors keep coming (or one input is finite).</remarks>
    /// <example><code>Pull.Chars("abcd").Compress(Pull.Of(true, false, true)).JoinToString(""); // "ac"</code></example>
    public static Iter<T> Compress<T>(this Iter<T> source, Iter<bool> selectors)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(selectors);
        return new CompressIter<T>(source, selectors);
    }
}

internal sealed class CompressIter<T>(Iter<T> source, Iter<bool> selectors) : Stage<T>(Math.Max(source.StackDepth, selectors.StackDepth))
{
    // Returning false finishes this iterator, so neither input is pulled after either said end.
    protected override bool TryAdvance(out T item)
    {
        while (source.Step(out item!))
        {
            if (!selectors.Step(out bool keep)) return false;
            if (keep) return true;
        }
        return false;
    }

    protected override void Release() => DisposeHelper.DisposeAll(source, selectors);
}
