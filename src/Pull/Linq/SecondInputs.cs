namespace Streams;

// The LINQ shapes whose second input is any IEnumerable (Zip, SequenceEqual) and Contains with a comparer, next to the
// Iter-taking overloads they forward to. An Iter argument binds to the Iter overload (identity conversion is better);
// any other sequence is adapted with From and owned by the result like an Iter input.
public static partial class Pull
{
    /// <summary>Pairs up elements of an iterator and a sequence as tuples, stopping at the shorter (LINQ's <c>Zip</c>).</summary>
    /// <typeparam name="TFirst">The first element type.</typeparam>
    /// <typeparam name="TSecond">The second element type.</typeparam>
    /// <param name="first">The first iterator; the result owns it.</param>
    /// <param name="second">The second sequence; its enumerator is obtained at the first pull that reaches it.</param>
    /// <returns>A lazy iterator of pairs.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="first"/> or <paramref name="second"/> is <see langword="null"/>.</exception>
    /// <remarks>Lazy, same pulling order as <see cref="Zip{TFirst, TSecond}(Iter{TFirst}, Iter{TSecond})"/>; safe when either side is infinite.</remarks>
    public static Iter<(TFirst First, TSecond Second)> Zip<TFirst, TSecond>(this Iter<TFirst> first, IEnumerable<TSecond> second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        return first.Zip(From(second));
    }

    /// <summary>Combines elements of an iterator and a sequence with <paramref name="resultSelector"/>, stopping at the
    /// shorter (LINQ's <c>Zip</c>).</summary>
    /// <typeparam name="TFirst">The first element type.</typeparam>
    /// <typeparam name="TSecond">The second element type.</typeparam>
    /// <typeparam name="TResult">The output element type.</typeparam>
    /// <param name="first">The first iterator; the result owns it.</param>
    /// <param name="second">The second sequence.</param>
    /// <param name="resultSelector">Combines a pair.</param>
    /// <returns>A lazy iterator.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <remarks>Lazy; safe when either side is infinite.</remarks>
    public static Iter<TResult> Zip<TFirst, TSecond, TResult>(
        this Iter<TFirst> first, IEnumerable<TSecond> second, Func<TFirst, TSecond, TResult> resultSelector)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        ArgumentNullException.ThrowIfNull(resultSelector);
        return first.Zip(From(second), resultSelector);
    }

    /// <summary>Triples up elements of an iterator and two sequences, stopping at the shortest (LINQ's <c>Zip</c>).</summary>
    /// <typeparam name="TFirst">The first element type.</typeparam>
    /// <typeparam name="TSecond">The second element type.</typeparam>
    /// <typeparam name="TThird">The third element type.</typeparam>
    /// <param name="first">The first iterator; the result owns it.</param>
    /// <param name="second">The second sequence.</param>
    /// <param name="third">The third sequence.</param>
    /// <returns>A lazy iterator of triples.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <remarks>Lazy; safe when some inputs are infinite, as long as one is finite or the result is bounded.</remarks>
    public static Iter<(TFirst First, TSecond Second, TThird Third)> Zip<TFirst, TSecond, TThird>(
        this Iter<TFirst> first, IEnumerable<TSecond> second, IEnumerable<TThird> third)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        ArgumentNullException.ThrowIfNull(third);
        return first.Zip(From(second), From(third));
    }

    /// <summary>Combines elements of three iterators with <paramref name="selector"/>, stopping at the shortest (Python's
    /// <c>map(f, a, b, c)</c>).</summary>
    /// <typeparam name="TFirst">The first element type.</typeparam>
    /// <typeparam name="TSecond">The second element type.</typeparam>
    /// <typeparam name="TThird">The third element type.</typeparam>
    /// <typeparam name="TResult">The output element type.</typeparam>
    /// <param name="first">The first iterator; the result owns it.</param>
    /// <param name="second">The second iterator; the result owns it.</param>
    /// <param name="third">The third iterator; the result owns it.</param>
    /// <param name="selector">Called once per output with one element of each input.</param>
    /// <returns>A lazy iterator.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <remarks>Lazy: each output pulls the inputs in order; at the first input that ends, the later ones are not pulled.
    /// Safe when some inputs are infinite, as long as one is finite (or the result is bounded downstream).</remarks>
    /// <example><code>Pull.Of(1, 2).Zip(Pull.Of(10, 20), Pull.Of(100, 200), (a, b, c) =&gt; a + b + c).ToList(); // [111, 222]</code></example>
    public static Iter<TResult> Zip<TFirst, TSecond, TThird, TResult>(this Iter<TFirst> first, Iter<TSecond> second,
        Iter<TThird> third, Func<TFirst, TSecond, TThird, TResult> selector)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        ArgumentNullException.ThrowIfNull(third);
        ArgumentNullException.ThrowIfNull(selector);
        return new Zip3Iter<TFirst, TSecond, TThird, TResult>(first, second, third, selector);
    }

    /// <summary>Whether the iterator and a sequence have equal elements in the same order (LINQ's <c>SequenceEqual</c>).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="first">The iterator.</param>
    /// <param name="second">The sequence to compare with.</param>
    /// <param name="comparer">How elements are compared; <see langword="null"/> for the default.</param>
    /// <returns><see langword="true"/> if both have the same length and equal elements.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="first"/> or <paramref name="second"/> is <see langword="null"/>.</exception>
    /// <remarks>Terminal, short-circuiting at the first difference; the same pulls as the <see cref="Iter{T}"/> overload.</remarks>
    public static bool SequenceEqual<TSource>(this Iter<TSource> first, IEnumerable<TSource> second, IEqualityComparer<TSource>? comparer)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        return first.SequenceEqual(From(second), comparer);
    }

    /// <summary>Whether the iterator and a sequence have equal elements in the same order (LINQ's <c>SequenceEqual</c>).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="first">The iterator.</param>
    /// <param name="second">The sequence to compare with.</param>
    /// <returns><see langword="true"/> if both have the same length and equal elements.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="first"/> or <paramref name="second"/> is <see langword="null"/>.</exception>
    /// <remarks>Terminal, short-circuiting at the first difference.</remarks>
    public static bool SequenceEqual<TSource>(this Iter<TSource> first, IEnumerable<TSource> second) =>
        SequenceEqual(first, second, null);

    /// <summary>Whether <paramref name="value"/> occurs, compared with <paramref name="comparer"/> (LINQ's <c>Contains</c>).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The iterator to search.</param>
    /// <param name="value">The element to look for.</param>
    /// <param name="comparer">How elements are compared; <see langword="null"/> for the default.</param>
    /// <returns><see langword="true"/> if found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <remarks>Short-circuits right after the first match, which is consumed (Python's <c>in</c>).</remarks>
    public static bool Contains<TSource>(this Iter<TSource> source, TSource value, IEqualityComparer<TSource>? comparer)
    {
        ArgumentNullException.ThrowIfNull(source);
        comparer ??= EqualityComparer<TSource>.Default;
        return source.Any(x => comparer.Equals(x, value));
    }
}
