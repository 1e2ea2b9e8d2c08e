using System.Text;

namespace Streams;

public static partial class Pull
{
    /// <summary>Joins the elements' text with <paramref name="separator"/> (Python's <c>separator.join(map(str, it))</c>).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The iterator to consume.</param>
    /// <param name="separator">What goes between elements.</param>
    /// <returns>The joined text; empty for an empty iterator. <see langword="null"/> elements give empty text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="separator"/> is <see langword="null"/>.</exception>
    /// <remarks>Terminal: consumes to the end; never returns on an infinite source.</remarks>
    /// <example><code>Pull.Chars("abc").JoinToString(", "); // "a, b, c"</code></example>
    public static string JoinToString<T>(this Iter<T> source, string separator)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(separator);
        var sink = new JoinSink<T>(new StringBuilder(), separator);
        source.TryFold(ref sink);
        return sink.Builder.ToString();
    }

    private struct JoinSink<T>(StringBuilder builder, string separator) : ISink<T>
    {
        private bool _started;

        public readonly StringBuilder Builder => builder;

        public bool Accept(T item)
        {
            if (_started) builder.Append(separator);
            _started = true;
            builder.Append(item);
            return true;
        }
    }
}
