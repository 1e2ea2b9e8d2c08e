using System.Numerics;

namespace Streams;

// Selector forms of Average, LINQ's shapes: each maps, then averages as the element-typed overload does.
public static partial class Pull
{
    /// <summary>The mean of <paramref name="selector"/>'s <see cref="int"/> values, summed in <see cref="long"/> (LINQ's <c>Average(selector)</c>).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The iterator to consume.</param>
    /// <param name="selector">Maps an element to a number.</param>
    /// <returns>The mean as a <see cref="double"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="selector"/> is <see langword="null"/>.</exception>
    /// <exception cref="IteratorExhaustedException"><paramref name="source"/> is empty (an <see cref="InvalidOperationException"/>).</exception>
    /// <remarks>Terminal: consumes to the end; never returns on an infinite source.</remarks>
    /// <example><code>Pull.Of("a", "bc").Average(s =&gt; s.Length); // 1.5</code></example>
    public static double Average<TSource>(this Iter<TSource> source, Func<TSource, int> selector) =>
        Mapped(source, selector).Average();

    /// <summary>The mean of <paramref name="selector"/>'s <see cref="long"/> values, summed with overflow checking.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The iterator to consume.</param>
    /// <param name="selector">Maps an element to a number.</param>
    /// <returns>The mean as a <see cref="double"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="selector"/> is <see langword="null"/>.</exception>
    /// <exception cref="IteratorExhaustedException"><paramref name="source"/> is empty (an <see cref="InvalidOperationException"/>).</exception>
    /// <exception cref="OverflowException">The sum does not fit in <see cref="long"/>.</exception>
    /// <remarks>Terminal: consumes to the end; never returns on an infinite source.</remarks>
    public static double Average<TSource>(this Iter<TSource> source, Func<TSource, long> selector) =>
        Mapped(source, selector).Average();

    /// <summary>The mean of <paramref name="selector"/>'s <see cref="float"/> values, summed in <see cref="double"/>.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The iterator to consume.</param>
    /// <param name="selector">Maps an element to a number.</param>
    /// <returns>The mean rounded to <see cref="float"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="selector"/> is <see langword="null"/>.</exception>
    /// <exception cref="IteratorExhaustedException"><paramref name="source"/> is empty (an <see cref="InvalidOperationException"/>).</exception>
    /// <remarks>Terminal: consumes to the end; never returns on an infinite source.</remarks>
    public static float Average<TSource>(this Iter<TSource> source, Func<TSource, float> selector) =>
        Mapped(source, selector).Average();

    /// <summary>The mean of <paramref name="selector"/>'s values in <typeparamref name="TResult"/> (see <see cref="Average{T}(Iter{T})"/>).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <typeparam name="TResult">A numeric type.</typeparam>
    /// <param name="source">The iterator to consume.</param>
    /// <param name="selector">Maps an element to a number.</param>
    /// <returns>The mean.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="selector"/> is <see langword="null"/>.</exception>
    /// <exception cref="IteratorExhaustedException"><paramref name="source"/> is empty (an <see cref="InvalidOperationException"/>).</exception>
    /// <exception cref="OverflowException">The sum, or the count, does not fit in <typeparamref name="TResult"/>.</exception>
    /// <remarks>Terminal: consumes to the end; never returns on an infinite source.</remarks>
    public static TResult Average<TSource, TResult>(this Iter<TSource> source, Func<TSource, TResult> selector)
        where TResult : INumber<TResult> =>
        Mapped(source, selector).Average();

    /// <summary>The mean of <paramref name="selector"/>'s non-null <see cref="int"/> values.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The iterator to consume.</param>
    /// <param name="selector">Maps an element to a number, or <see langword="null"/> to skip it.</param>
    /// <returns>The mean, or <see langword="null"/> when there is no non-null value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="selector"/> is <see langword="null"/>.</exception>
    /// <remarks>Terminal: consumes to the end; never returns on an infinite source.</remarks>
    public static double? Average<TSource>(this Iter<TSource> source, Func<TSource, int?> selector) =>
        Mapped(source, selector).Average();

    /// <summary>The mean of <paramref name="selector"/>'s non-null <see cref="long"/> values.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The iterator to consume.</param>
    /// <param name="selector">Maps an element to a number, or <see langword="null"/> to skip it.</param>
    /// <returns>The mean, or <see langword="null"/> when there is no non-null value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="selector"/> is <see langword="null"/>.</exception>
    /// <exception cref="OverflowException">The sum does not fit in <see cref="long"/>.</exception>
    /// <remarks>Terminal: consumes to the end; never returns on an infinite source.</remarks>
    public static double? Average<TSource>(this Iter<TSource> source, Func<TSource, long?> selector) =>
        Mapped(source, selector).Average();

    /// <summary>The mean of <paramref name="selector"/>'s non-null <see cref="float"/> values, summed in <see cref="double"/>.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The iterator to consume.</param>
    /// <param name="selector">Maps an element to a number, or <see langword="null"/> to skip it.</param>
    /// <returns>The mean, or <see langword="null"/> when there is no non-null value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="selector"/> is <see langword="null"/>.</exception>
    /// <remarks>Terminal: consumes to the end; never returns on an infinite source.</remarks>
    public static float? Average<TSource>(this Iter<TSource> source, Func<TSource, float?> selector) =>
        Mapped(source, selector).Average();

    /// <summary>The mean of <paramref name="selector"/>'s non-null values in <typeparamref name="TResult"/>.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <typeparam name="TResult">A numeric value type.</typeparam>
    /// <param name="source">The iterator to consume.</param>
    /// <param name="selector">Maps an element to a number, or <see langword="null"/> to skip it.</param>
    /// <returns>The mean, or <see langword="null"/> when there is no non-null value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="selector"/> is <see langword="null"/>.</exception>
    /// <exception cref="OverflowException">The sum, or the count, does not fit in <typeparamref name="TResult"/>.</exception>
    /// <remarks>Terminal: consumes to the end; never returns on an infinite source.</remarks>
    public static TResult? Average<TSource, TResult>(this Iter<TSource> source, Func<TSource, TResult?> selector)
        where TResult : struct, INumber<TResult> =>
        Mapped(source, selector).Average();

    // Checks both arguments eagerly, naming them as LINQ does, then maps.
    private static Iter<TResult> Mapped<TSource, TResult>(Iter<TSource> source, Func<TSource, TResult> selector)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(selector);
        return source.Map(selector);
    }
}
