using System.Numerics;

namespace Streams;

public static partial class Pull
{
    /// <summary>Adds up the elements (Python's <c>sum</c>).</summary>
    /// <typeparam name="T">A numeric type.</typeparam>
    /// <param name="source">The iterator to consume.</param>
    /// <returns>The sum; zero for an empty iterator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <remarks>Terminal: consumes to the end with internal iteration; never returns on an infinite source.
    /// Integer sums wrap around on overflow (unchecked), unlike LINQ's checked <c>Sum</c>.</remarks>
    /// <example><code>Pull.Range(1, 101).Sum(); // 5050</code></example>
    public static T Sum<T>(this Iter<T> source) where T : INumberBase<T>
    {
        ArgumentNullException.ThrowIfNull(source);
        var sink = new SumSink<T> { Total = T.Zero };
        source.TryFold(ref sink);
        return sink.Total;
    }

    private struct SumSink<T> : ISink<T> where T : INumberBase<T>
    {
        public T Total;

        public bool Accept(T item)
        {
            Total += item;
            return true;
        }
    }
}
