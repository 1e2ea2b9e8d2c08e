using System.Numerics;

namespace Streams;

public static partial class Pull
{
    /// <summary>The arithmetic mean of <see cref="int"/> elements, summed in <see cref="long"/> (LINQ's <c>Average</c>).</summary>
    /// <param name="source">The iterator to consume.</param>
    /// <returns>The mean as a <see cref="double"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <exception cref="IteratorExhaustedException"><paramref name="source"/> is empty (an <see cref="InvalidOperationException"/>, as in LINQ).</exception>
    /// <remarks>Terminal: consumes to the end; never returns on an infinite source.</remarks>
    /// <example><code>Pull.Of(1, 2).Average(); // 1.5</code></example>
    public static double Average(this Iter<int> source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var sink = new WideningSumSink<int, long> { Total = 0 };
        source.TryFold(ref sink);
        return sink.Count == 0 ? ThrowHelper.ThrowExhausted<double>(nameof(Average)) : (double)sink.Total / sink.Count;
    }

    /// <summary>The arithmetic mean of <see cref="long"/> elements, summed with overflow checking (LINQ's <c>Average</c>).</summary>
    /// <param name="source">The iterator to consume.</param>
    /// <returns>The mean as a <see cref="double"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <exception cref="IteratorExhaustedException"><paramref name="source"/> is empty (an <see cref="InvalidOperationException"/>, as in LINQ).</exception>
    /// <exception cref="OverflowException">The sum does not fit in <see cref="long"/>.</exception>
    /// <remarks>Terminal: consumes to the end; never returns on an infinite source. Read straight from an array,
    /// list or memory, the sum is vectorised as in <see cref="Sum{T}(Iter{T})"/>.</remarks>
    public static double Average(this Iter<long> source)
    {
        ArgumentNullException.ThrowIfNull(source);
        long total, count;
        if (!SpanAggregates.TrySum(source, out total, out count))
        {
            var sink = new WideningSumSink<long, long> { Total = 0 };
            source.TryFold(ref sink);
            (total, count) = (sink.Total, sink.Count);
        }
        return count == 0 ? ThrowHelper.ThrowExhausted<double>(nameof(Average)) : (double)total / count;
    }

    /// <summary>The arithmetic mean of <see cref="float"/> elements, summed in <see cref="double"/> (LINQ's <c>Average</c>).</summary>
    /// <param name="source">The iterator to consume.</param>
    /// <returns>The mean rounded to <see cref="float"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <exception cref="IteratorExhaustedException"><paramref name="source"/> is empty (an <see cref="InvalidOperationException"/>, as in LINQ).</exception>
    /// <remarks>Terminal: consumes to the end; never returns on an infinite source.</remarks>
    public static float Average(this Iter<float> source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var sink = new WideningSumSink<float, double> { Total = 0d };
        source.TryFold(ref sink);
        return sink.Count == 0 ? ThrowHelper.ThrowExhausted<float>(nameof(Average)) : (float)(sink.Total / sink.Count);
    }

    /// <summary>The arithmetic mean of any numbers (<see cref="double"/>, <see cref="decimal"/>, <see cref="Int128"/>,
    /// <see cref="BigInteger"/>, user types): their checked sum divided by their count, in <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">A numeric type.</typeparam>
    /// <param name="source">The iterator to consume.</param>
    /// <returns>The mean. For integer types other than <see cref="int"/> and <see cref="long"/> (which have their own
    /// overloads returning <see cref="double"/>, as in LINQ) this is integer division, rounded toward zero; map to a
    /// fractional type first for a fractional mean.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <exception cref="IteratorExhaustedException"><paramref name="source"/> is empty (an <see cref="InvalidOperationException"/>, as in LINQ).</exception>
    /// <exception cref="OverflowException">The sum, or the count, does not fit in <typeparamref name="T"/>.</exception>
    /// <remarks>Terminal: consumes to the end; never returns on an infinite source.</remarks>
    /// <example><code>Pull.Of&lt;Int128&gt;(1, 2, 6).Average(); // 3</code></example>
    public static T Average<T>(this Iter<T> source) where T : INumber<T>
    {
        ArgumentNullException.ThrowIfNull(source);
        var sink = new WideningSumSink<T, T> { Total = T.Zero };
        source.TryFold(ref sink);
        return sink.Count == 0 ? ThrowHelper.ThrowExhausted<T>(nameof(Average)) : sink.Total / T.CreateChecked(sink.Count);
    }

    /// <summary>The arithmetic mean of the non-null <see cref="int"/> elements (LINQ's <c>Average</c> over <c>int?</c>).</summary>
    /// <param name="source">The iterator to consume.</param>
    /// <returns>The mean, or <see langword="null"/> when there is no non-null element.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <remarks>Terminal: consumes to the end; never returns on an infinite source.</remarks>
    public static double? Average(this Iter<int?> source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var sink = new NullableWideningSumSink<int, long> { Total = 0 };
        source.TryFold(ref sink);
        return sink.Count == 0 ? null : (double)sink.Total / sink.Count;
    }

    /// <summary>The arithmetic mean of the non-null <see cref="long"/> elements (LINQ's <c>Average</c> over <c>long?</c>).</summary>
    /// <param name="source">The iterator to consume.</param>
    /// <returns>The mean, or <see langword="null"/> when there is no non-null element.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <exception cref="OverflowException">The sum does not fit in <see cref="long"/>.</exception>
    /// <remarks>Terminal: consumes to the end; never returns on an infinite source.</remarks>
    public static double? Average(this Iter<long?> source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var sink = new NullableWideningSumSink<long, long> { Total = 0 };
        source.TryFold(ref sink);
        return sink.Count == 0 ? null : (double)sink.Total / sink.Count;
    }

    /// <summary>The arithmetic mean of the non-null <see cref="float"/> elements, summed in <see cref="double"/> (LINQ's <c>Average</c> over <c>float?</c>).</summary>
    /// <param name="source">The iterator to consume.</param>
    /// <returns>The mean, or <see langword="null"/> when there is no non-null element.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <remarks>Terminal: consumes to the end; never returns on an infinite source.</remarks>
    public static float? Average(this Iter<float?> source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var sink = new NullableWideningSumSink<float, double> { Total = 0d };
        source.TryFold(ref sink);
        return sink.Count == 0 ? null : (float)(sink.Total / sink.Count);
    }

    /// <summary>The arithmetic mean of the non-null elements, in <typeparamref name="T"/> (see <see cref="Average{T}(Iter{T})"/>).</summary>
    /// <typeparam name="T">A numeric value type.</typeparam>
    /// <param name="source">The iterator to consume.</param>
    /// <returns>The mean, or <see langword="null"/> when there is no non-null element.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <exception cref="OverflowException">The sum, or the count, does not fit in <typeparamref name="T"/>.</exception>
    /// <remarks>Terminal: consumes to the end; never returns on an infinite source.</remarks>
    public static T? Average<T>(this Iter<T?> source) where T : struct, INumber<T>
    {
        ArgumentNullException.ThrowIfNull(source);
        var sink = new NullableWideningSumSink<T, T> { Total = T.Zero };
        source.TryFold(ref sink);
        return sink.Count == 0 ? null : sink.Total / T.CreateChecked(sink.Count);
    }
}
