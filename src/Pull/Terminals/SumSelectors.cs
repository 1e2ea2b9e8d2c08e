using System.Numerics;

namespace Streams;

public static partial class Pull
{
    /// <summary>Adds up <paramref name="selector"/>'s value for each element, with overflow checking (LINQ's <c>Sum(selector)</c>).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <typeparam name="TResult">A numeric type.</typeparam>
    /// <param name="source">The iterator to consume.</param>
    /// <param name="selector">Maps an element to the number to add.</param>
    /// <returns>The sum; zero for an empty iterator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="selector"/> is <see langword="null"/>.</exception>
    /// <exception cref="OverflowException">The sum does not fit in <typeparamref name="TResult"/>.</exception>
    /// <remarks>Terminal: consumes to the end; never returns on an infinite source.</remarks>
    /// <example><code>Pull.Of("a", "bcd").Sum(s =&gt; s.Length); // 4</code></example>
    public static TResult Sum<TSource, TResult>(this Iter<TSource> source, Func<TSource, TResult> selector)
        where TResult : INumberBase<TResult>
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(selector);
        return source.Map(selector).Sum();
    }

    /// <summary>Adds up <paramref name="selector"/>'s <see cref="float"/> value for each element in <see cref="double"/> precision, as LINQ does.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The iterator to consume.</param>
    /// <param name="selector">Maps an element to the number to add.</param>
    /// <returns>The sum rounded to <see cref="float"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="selector"/> is <see langword="null"/>.</exception>
    /// <remarks>Terminal: consumes to the end; never returns on an infinite source.</remarks>
    public static float Sum<TSource>(this Iter<TSource> source, Func<TSource, float> selector)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(selector);
        return source.Map(selector).Sum();
    }

    /// <summary>Adds up <paramref name="selector"/>'s non-null values, with overflow checking (LINQ's <c>Sum</c> with a nullable selector).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <typeparam name="TResult">A numeric value type.</typeparam>
    /// <param name="source">The iterator to consume.</param>
    /// <param name="selector">Maps an element to the number to add, or <see langword="null"/> to skip it.</param>
    /// <returns>The sum of the non-null values; zero (never <see langword="null"/>) when there are none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="selector"/> is <see langword="null"/>.</exception>
    /// <exception cref="OverflowException">The sum does not fit in <typeparamref name="TResult"/>.</exception>
    /// <remarks>Terminal: consumes to the end; never returns on an infinite source.</remarks>
    public static TResult? Sum<TSource, TResult>(this Iter<TSource> source, Func<TSource, TResult?> selector)
        where TResult : struct, INumberBase<TResult>
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(selector);
        return source.Map(selector).Sum();
    }

    /// <summary>Adds up <paramref name="selector"/>'s non-null <see cref="float"/> values in <see cref="double"/> precision, as LINQ does.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The iterator to consume.</param>
    /// <param name="selector">Maps an element to the number to add, or <see langword="null"/> to skip it.</param>
    /// <returns>The sum rounded to <see cref="float"/>; zero (never <see langword="null"/>) when there are none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="selector"/> is <see langword="null"/>.</exception>
    /// <remarks>Terminal: consumes to the end; never returns on an infinite source.</remarks>
    public static float? Sum<TSource>(this Iter<TSource> source, Func<TSource, float?> selector)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(selector);
        return source.Map(selector).Sum();
    }
}
