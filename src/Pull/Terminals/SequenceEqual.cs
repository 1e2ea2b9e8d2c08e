namespace Streams;

public static partial class Pull
{
    /// <summary>Whether both iterators yield equal elements in the same order and end together.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The first iterator.</param>
    /// <param name="other">The second iterator.</param>
    /// <param name="comparer">Compares elements; <see langword="null"/> for <see cref="EqualityComparer{T}.Default"/>.</param>
    /// <returns><see langword="true"/> if the sequences are equal.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="other"/> is <see langword="null"/>.</exception>
    /// <remarks>Short-circuits at the first difference: each step pulls one element of <paramref name="source"/>, then
    /// one of <paramref name="other"/>; the elements that differed are consumed and the rest of both iterators stays
    /// available (both are borrowed, not disposed). Terminates on infinite inputs only if they differ.</remarks>
    /// <example><code>Pull.Range(0, 3).SequenceEqual(Pull.Of(0L, 1L, 2L)); // true</code></example>
    public static bool SequenceEqual<T>(this Iter<T> source, Iter<T> other, IEqualityComparer<T>? comparer = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(other);
        var sink = new SequenceEqualSink<T>(other, comparer ?? EqualityComparer<T>.Default);
        bool sourceEnded = source.TryFold(ref sink);
        // If the source ended without a difference, the other must end too.
        return sourceEnded && !sink.Differs && !other.TryNext(out _);
    }

    private struct SequenceEqualSink<T>(Iter<T> other, IEqualityComparer<T> comparer) : ISink<T>
    {
        public bool Differs;

        public bool Accept(T item)
        {
            if (other.TryNext(out var y) && comparer.Equals(item, y)) return true;
            Differs = true;
            return false;
        }
    }
}
