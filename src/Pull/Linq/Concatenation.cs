namespace Streams;

// LINQ's Append, Prepend, Concat and DefaultIfEmpty: single-pass, nothing buffered.
public static partial class Pull
{
    /// <summary>The elements, then <paramref name="element"/> (LINQ's <c>Append</c>).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The upstream iterator; the result owns it.</param>
    /// <param name="element">The element produced after the last one of <paramref name="source"/>.</param>
    /// <returns>A lazy iterator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <remarks>Lazy, nothing buffered. On an infinite source <paramref name="element"/> is never reached.</remarks>
    /// <example><code>Pull.Of(1, 2).Append(3).ToList(); // [1, 2, 3]</code></example>
    public static Iter<TSource> Append<TSource>(this Iter<TSource> source, TSource element)
    {
        ArgumentNullException.ThrowIfNull(source);
        return source.Chain(Once(element));
    }

    /// <summary><paramref name="element"/>, then the elements (LINQ's <c>Prepend</c>).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The upstream iterator; the result owns it.</param>
    /// <param name="element">The element produced first.</param>
    /// <returns>A lazy iterator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <remarks>Lazy, nothing buffered: <paramref name="source"/> is first pulled for the second element. Safe on
    /// infinite sources.</remarks>
    /// <example><code>Pull.Of(2, 3).Prepend(1).ToList(); // [1, 2, 3]</code></example>
    public static Iter<TSource> Prepend<TSource>(this Iter<TSource> source, TSource element)
    {
        ArgumentNullException.ThrowIfNull(source);
        return Once(element).Chain(source);
    }

    /// <summary>The elements of <paramref name="first"/>, then those of <paramref name="second"/> (LINQ's
    /// <c>Concat</c>; the same as <see cref="Chain{T}(Iter{T}, Iter{T}[])"/>).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="first">The first part; the result owns it.</param>
    /// <param name="second">The second part: an <see cref="Iter{T}"/> (then owned by the result) or any sequence,
    /// whose enumerator is obtained when <paramref name="first"/> has ended.</param>
    /// <returns>A lazy iterator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="first"/> or <paramref name="second"/> is <see langword="null"/>.</exception>
    /// <remarks>Lazy, nothing buffered. Safe on an infinite <paramref name="first"/> (the second is then never reached).</remarks>
    /// <example><code>Pull.Of(1, 2).Concat(new[] { 3 }).ToList(); // [1, 2, 3]</code></example>
    public static Iter<TSource> Concat<TSource>(this Iter<TSource> first, IEnumerable<TSource> second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        return first.Chain(From(second));
    }

    /// <summary>The elements, or a single <see langword="default"/> when there are none (LINQ's <c>DefaultIfEmpty</c>).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The upstream iterator; the result owns it.</param>
    /// <returns>A lazy iterator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <remarks>Lazy, nothing buffered; safe on infinite sources.</remarks>
    public static Iter<TSource?> DefaultIfEmpty<TSource>(this Iter<TSource> source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new DefaultIfEmptyIter<TSource?>(source!, default);
    }

    /// <summary>The elements, or <paramref name="defaultValue"/> alone when there are none (LINQ's <c>DefaultIfEmpty</c>).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The upstream iterator; the result owns it.</param>
    /// <param name="defaultValue">The element produced when <paramref name="source"/> is empty.</param>
    /// <returns>A lazy iterator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <remarks>Lazy, nothing buffered; safe on infinite sources.</remarks>
    /// <example><code>Pull.Empty&lt;int&gt;().DefaultIfEmpty(7).ToList(); // [7]</code></example>
    public static Iter<TSource> DefaultIfEmpty<TSource>(this Iter<TSource> source, TSource defaultValue)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new DefaultIfEmptyIter<TSource>(source, defaultValue);
    }
}

internal sealed class DefaultIfEmptyIter<T>(Iter<T> source, T defaultValue) : Stage<T>(source.StackDepth)
{
    // Invariant: 0 = nothing pulled yet, 1 = source produced an element, 2 = the default was produced.
    private byte _state;

    protected override bool TryAdvance(out T item)
    {
        if (_state == 2)
        {
            item = default!;
            return false;
        }
        if (source.Step(out item!))
        {
            _state = 1;
            return true;
        }
        if (_state == 1) return false;
        _state = 2;
        item = defaultValue;
        return true;
    }

    protected override void Release() => source.Dispose();
}
