using System.Numerics;

namespace Streams;

public static partial class Pull
{
    /// <summary>Adds up the elements with overflow checking, as LINQ's <c>Sum</c> does (Python's <c>sum</c>).</summary>
    /// <typeparam name="T">A numeric type: <see cref="int"/>, <see cref="long"/>, <see cref="double"/>,
    /// <see cref="decimal"/>, <see cref="Int128"/>, <see cref="BigInteger"/> or any user type implementing
    /// <see cref="INumberBase{TSelf}"/>.</typeparam>
    /// <param name="source">The iterator to consume.</param>
    /// <returns>The sum; zero for an empty iterator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <exception cref="OverflowException">The sum does not fit in <typeparamref name="T"/> (integer types use
    /// checked addition, like LINQ). Use <see cref="WrappingSum{T}"/> for wrap-around arithmetic.</exception>
    /// <remarks>Terminal: consumes to the end with internal iteration (also when it throws: the iterator is then
    /// finished and released); never returns on an infinite source. An <see cref="int"/> or <see cref="long"/> source
    /// read straight from an array, list or memory (no stages between) is summed with SIMD instructions exactly as
    /// LINQ sums a span: lanes are checked for overflow, so such a sum throws exactly when LINQ's throws on the same
    /// collection. Floating-point sums are never vectorised: they add in element order, so results are bit-identical
    /// to LINQ's.</remarks>
    /// <example><code>Pull.Range(1, 101).Sum(); // 5050 (an Iter&lt;int&gt;, so an int)</code></example>
    public static T Sum<T>(this Iter<T> source) where T : INumberBase<T>
    {
        ArgumentNullException.ThrowIfNull(source);
        if (SpanAggregates.TrySum(source, out T total)) return total;
        var sink = new CheckedSumSink<T> { Total = T.Zero };
        source.TryFold(ref sink);
        return sink.Total;
    }

    /// <summary>Adds up <see cref="float"/> elements in <see cref="double"/> precision and rounds once, as LINQ does.</summary>
    /// <param name="source">The iterator to consume.</param>
    /// <returns>The sum rounded to <see cref="float"/>; zero for an empty iterator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <remarks>Terminal: consumes to the end; never returns on an infinite source. Adds in element order.</remarks>
    /// <example><code>Pull.Of(0.1f, 0.2f).Sum(); // 0.3f</code></example>
    public static float Sum(this Iter<float> source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var sink = new WideningSumSink<float, double> { Total = 0d };
        source.TryFold(ref sink);
        return (float)sink.Total;
    }

    /// <summary>Adds up the non-null elements with overflow checking, as LINQ's <c>Sum</c> over nullable numbers does.</summary>
    /// <typeparam name="T">A numeric value type.</typeparam>
    /// <param name="source">The iterator to consume.</param>
    /// <returns>The sum of the non-null elements; zero (never <see langword="null"/>) when there are none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <exception cref="OverflowException">The sum does not fit in <typeparamref name="T"/>.</exception>
    /// <remarks>Terminal: consumes to the end; never returns on an infinite source.</remarks>
    /// <example><code>Pull.Of&lt;int?&gt;(1, null, 2).Sum(); // 3</code></example>
    public static T? Sum<T>(this Iter<T?> source) where T : struct, INumberBase<T>
    {
        ArgumentNullException.ThrowIfNull(source);
        var sink = new NullableSumSink<T> { Total = T.Zero };
        source.TryFold(ref sink);
        return sink.Total;
    }

    /// <summary>Adds up the non-null <see cref="float"/> elements in <see cref="double"/> precision, as LINQ does.</summary>
    /// <param name="source">The iterator to consume.</param>
    /// <returns>The sum rounded to <see cref="float"/>; zero (never <see langword="null"/>) when there are none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <remarks>Terminal: consumes to the end; never returns on an infinite source.</remarks>
    public static float? Sum(this Iter<float?> source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var sink = new NullableWideningSumSink<float, double> { Total = 0d };
        source.TryFold(ref sink);
        return (float)sink.Total;
    }

    /// <summary>Adds up the elements with wrap-around (unchecked) arithmetic: the explicitly unchecked
    /// counterpart of <see cref="Sum{T}(Iter{T})"/>.</summary>
    /// <typeparam name="T">A numeric type.</typeparam>
    /// <param name="source">The iterator to consume.</param>
    /// <returns>The sum modulo the range of <typeparamref name="T"/> for integer types; zero for an empty iterator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <remarks>Terminal: consumes to the end with internal iteration; never returns on an infinite source.
    /// Types whose addition always checks (<see cref="decimal"/>) still throw on overflow.</remarks>
    /// <example><code>Pull.Of(int.MaxValue, 1).WrappingSum(); // int.MinValue</code></example>
    public static T WrappingSum<T>(this Iter<T> source) where T : INumberBase<T>
    {
        ArgumentNullException.ThrowIfNull(source);
        var sink = new WrappingSumSink<T> { Total = T.Zero };
        source.TryFold(ref sink);
        return sink.Total;
    }

    private struct CheckedSumSink<T> : ISink<T> where T : INumberBase<T>
    {
        public T Total;

        public bool Accept(T item)
        {
            Total = checked(Total + item);
            return true;
        }
    }

    private struct WrappingSumSink<T> : ISink<T> where T : INumberBase<T>
    {
        public T Total;

        public bool Accept(T item)
        {
            Total = unchecked(Total + item);
            return true;
        }
    }

    private struct NullableSumSink<T> : ISink<T?> where T : struct, INumberBase<T>
    {
        public T Total;

        public bool Accept(T? item)
        {
            if (item.HasValue) Total = checked(Total + item.GetValueOrDefault());
            return true;
        }
    }

    // Accumulates in a wider type (float elements in double), as LINQ's float Sum and Average do.
    private struct WideningSumSink<T, TWide> : ISink<T> where T : INumberBase<T> where TWide : INumberBase<TWide>
    {
        public TWide Total;
        public long Count;

        public bool Accept(T item)
        {
            Total = checked(Total + TWide.CreateChecked(item));
            Count++;
            return true;
        }
    }

    private struct NullableWideningSumSink<T, TWide> : ISink<T?> where T : struct, INumberBase<T> where TWide : INumberBase<TWide>
    {
        public TWide Total;
        public long Count;

        public bool Accept(T? item)
        {
            if (item.HasValue)
            {
                Total = checked(Total + TWide.CreateChecked(item.GetValueOrDefault()));
                Count++;
            }
            return true;
        }
    }
}
