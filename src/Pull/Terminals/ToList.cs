namespace Streams;

public static partial class Pull
{
    /// <summary>Collects the elements into a new list (Python's <c>list(it)</c>).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The iterator to consume.</param>
    /// <returns>A new list with the elements in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <remarks>Terminal: consumes to the end; never returns on an infinite source (bound it with <c>Take</c>).</remarks>
    public static List<T> ToList<T>(this Iter<T> source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var sink = new ListSink<T>(new List<T>());
        source.TryFold(ref sink);
        return sink.List;
    }

    /// <summary>Collects the elements into a new array.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The iterator to consume.</param>
    /// <returns>A new array with the elements in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <remarks>Terminal: consumes to the end; never returns on an infinite source.</remarks>
    public static T[] ToArray<T>(this Iter<T> source) => source.ToList().ToArray();

    private readonly struct ListSink<T>(List<T> list) : ISink<T>
    {
        public List<T> List => list;

        public bool Accept(T item)
        {
            list.Add(item);
            return true;
        }
    }
}
