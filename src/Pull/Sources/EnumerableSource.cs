using System.Collections.Immutable;

namespace Streams;

public static partial class Pull
{
    /// <summary>Adapts any <see cref="IEnumerable{T}"/> (a collection, a LINQ query, a C# <c>yield</c> iterator method) to an <see cref="Iter{T}"/>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The sequence. Its enumerator is obtained at the first pull, not before.</param>
    /// <returns>A lazy iterator over <paramref name="source"/>; it disposes the enumerator when it ends or is disposed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <remarks>Lazy; safe on infinite sequences. The laws hold even if the enumerator would resume after its end.
    /// Arrays, lists and immutable arrays take the indexed fast paths of <see cref="From{T}(T[])"/>,
    /// <see cref="From{T}(List{T})"/> and <see cref="From{T}(ImmutableArray{T})"/>.</remarks>
    /// <example><code>Pull.From(new List&lt;int&gt; { 1, 2 }).ToList(); // [1, 2]</code></example>
    public static Iter<T> From<T>(IEnumerable<T> source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return source switch
        {
            T[] array => new ArraySource<T>(array),
            List<T> list => new ListSource<T>(list),
            ImmutableArray<T> immutable when !immutable.IsDefault => new MemorySource<T>(immutable.AsMemory()),
            Iter<T> iter => iter,
            _ => new EnumerableSource<T>(source),
        };
    }

    /// <summary>Adapts an <see cref="IEnumerable{T}"/> to an <see cref="Iter{T}"/> (same as <see cref="From{T}(IEnumerable{T})"/>, for use in a method chain).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The sequence.</param>
    /// <returns>A lazy iterator over <paramref name="source"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <remarks>Lazy; safe on infinite sequences.</remarks>
    public static Iter<T> ToIter<T>(this IEnumerable<T> source) => From(source);

    /// <summary>Iterates the characters of a string.</summary>
    /// <param name="text">The string.</param>
    /// <returns>A lazy iterator over the characters of <paramref name="text"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <remarks>Lazy; finite.</remarks>
    /// <example><code>Pull.Chars("abc").JoinToString("-"); // "a-b-c"</code></example>
    public static Iter<char> Chars(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new StringSource(text);
    }
}

internal sealed class EnumerableSource<T>(IEnumerable<T> source) : Iter<T>
{
    private IEnumerator<T>? _enumerator;

    protected override bool TryAdvance(out T item)
    {
        var e = _enumerator ??= source.GetEnumerator();
        if (e.MoveNext())
        {
            item = e.Current;
            return true;
        }
        item = default!;
        return false;
    }

    protected override bool TryFoldCore<TSink>(ref TSink sink)
    {
        var e = _enumerator ??= source.GetEnumerator();
        while (e.MoveNext())
        {
            if (!sink.Accept(e.Current)) return false;
        }
        return true;
    }

    protected override void Release()
    {
        _enumerator?.Dispose();
        _enumerator = null;
    }
}

// Invariant: _index is the next character; at the end once finished (Release). Memory-backed: the span capability
// hands out _index, so consumers reading the string as a span move this source's own position.
internal sealed class StringSource(string text) : Iter<char>
{
    private int _index;

    protected override bool TryAdvance(out char item)
    {
        int i = _index;
        if ((uint)i < (uint)text.Length)
        {
            item = text[i];
            _index = i + 1;
            return true;
        }
        item = default;
        return false;
    }

    public override bool TryGetSpanCursor(out SpanCursor<char> cursor)
    {
        cursor = new SpanCursor<char>(text, ref _index);
        return true;
    }

    public override bool TryGetRemainingCount(out long count)
    {
        count = text.Length - _index;
        return true;
    }

    protected override void Release() => _index = text.Length;
}
