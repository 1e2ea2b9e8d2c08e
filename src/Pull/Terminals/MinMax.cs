namespace Streams;

public static partial class Pull
{
    /// <summary>The smallest element (LINQ's <c>Min</c>, Python's <c>min</c>), compared with <see cref="Comparer{T}.Default"/>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The iterator to consume.</param>
    /// <returns>The first of the smallest elements. When <typeparamref name="T"/> admits <see langword="null"/>
    /// (a reference or nullable type), null elements are skipped and an iterator with no other element gives
    /// <see langword="null"/>, as in LINQ.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <exception cref="IteratorExhaustedException"><paramref name="source"/> is empty and <typeparamref name="T"/> is a
    /// non-nullable value type (an <see cref="InvalidOperationException"/>, as in LINQ).</exception>
    /// <remarks>Terminal: consumes to the end with internal iteration; never returns on an infinite source. Integer
    /// elements read straight from an array, list or memory (no stages between) are compared with SIMD instructions.
    /// <see cref="double.NaN"/> is smaller than every number, so it is the minimum if present (LINQ's rule; LINQ
    /// also stops reading at the first NaN, Streams always consumes to the end).</remarks>
    /// <example><code>Pull.Of(3, 1, 2).Min(); // 1</code></example>
    public static T Min<T>(this Iter<T> source) => Extreme(source, null, sign: -1, nameof(Min));

    /// <summary>The smallest element according to <paramref name="comparer"/> (LINQ's <c>Min(comparer)</c>).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The iterator to consume.</param>
    /// <param name="comparer">The ordering; <see langword="null"/> for <see cref="Comparer{T}.Default"/>.</param>
    /// <returns>The first of the smallest elements; nulls are skipped as in <see cref="Min{T}(Iter{T})"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <exception cref="IteratorExhaustedException"><paramref name="source"/> is empty and <typeparamref name="T"/> is a non-nullable value type.</exception>
    /// <remarks>Terminal: consumes to the end; never returns on an infinite source.</remarks>
    /// <example><code>Pull.Of("bb", "a").Min(StringComparer.Ordinal); // "a"</code></example>
    public static T Min<T>(this Iter<T> source, IComparer<T>? comparer) => Extreme(source, comparer, sign: -1, nameof(Min));

    /// <summary>The largest element (LINQ's <c>Max</c>, Python's <c>max</c>), compared with <see cref="Comparer{T}.Default"/>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The iterator to consume.</param>
    /// <returns>The first of the largest elements; nulls are skipped as in <see cref="Min{T}(Iter{T})"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <exception cref="IteratorExhaustedException"><paramref name="source"/> is empty and <typeparamref name="T"/> is a
    /// non-nullable value type (an <see cref="InvalidOperationException"/>, as in LINQ).</exception>
    /// <remarks>Terminal: consumes to the end with internal iteration; never returns on an infinite source. Integer
    /// elements read straight from an array, list or memory are compared with SIMD instructions.</remarks>
    /// <example><code>Pull.Of(3, 1, 2).Max(); // 3</code></example>
    public static T Max<T>(this Iter<T> source) => Extreme(source, null, sign: 1, nameof(Max));

    /// <summary>The largest element according to <paramref name="comparer"/> (LINQ's <c>Max(comparer)</c>).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The iterator to consume.</param>
    /// <param name="comparer">The ordering; <see langword="null"/> for <see cref="Comparer{T}.Default"/>.</param>
    /// <returns>The first of the largest elements; nulls are skipped as in <see cref="Min{T}(Iter{T})"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <exception cref="IteratorExhaustedException"><paramref name="source"/> is empty and <typeparamref name="T"/> is a non-nullable value type.</exception>
    /// <remarks>Terminal: consumes to the end; never returns on an infinite source.</remarks>
    /// <example><code>Pull.Of("bb", "a").Max(StringComparer.Ordinal); // "bb"</code></example>
    public static T Max<T>(this Iter<T> source, IComparer<T>? comparer) => Extreme(source, comparer, sign: 1, nameof(Max));

    /// <summary>The smallest of <paramref name="selector"/>'s values (LINQ's <c>Min(selector)</c>).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <typeparam name="TResult">The compared type.</typeparam>
    /// <param name="source">The iterator to consume.</param>
    /// <param name="selector">Maps an element to the value compared and returned.</param>
    /// <returns>The first of the smallest values; nulls are skipped as in <see cref="Min{T}(Iter{T})"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="selector"/> is <see langword="null"/>.</exception>
    /// <exception cref="IteratorExhaustedException"><paramref name="source"/> is empty and <typeparamref name="TResult"/> is a non-nullable value type.</exception>
    /// <remarks>Terminal: consumes to the end; never returns on an infinite source.</remarks>
    /// <example><code>Pull.Of("bb", "a").Min(s =&gt; s.Length); // 1</code></example>
    public static TResult Min<TSource, TResult>(this Iter<TSource> source, Func<TSource, TResult> selector) =>
        Extreme(Mapped(source, selector), null, sign: -1, nameof(Min));

    /// <summary>The largest of <paramref name="selector"/>'s values (LINQ's <c>Max(selector)</c>).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <typeparam name="TResult">The compared type.</typeparam>
    /// <param name="source">The iterator to consume.</param>
    /// <param name="selector">Maps an element to the value compared and returned.</param>
    /// <returns>The first of the largest values; nulls are skipped as in <see cref="Min{T}(Iter{T})"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="selector"/> is <see langword="null"/>.</exception>
    /// <exception cref="IteratorExhaustedException"><paramref name="source"/> is empty and <typeparamref name="TResult"/> is a non-nullable value type.</exception>
    /// <remarks>Terminal: consumes to the end; never returns on an infinite source.</remarks>
    /// <example><code>Pull.Of("bb", "a").Max(s =&gt; s.Length); // 2</code></example>
    public static TResult Max<TSource, TResult>(this Iter<TSource> source, Func<TSource, TResult> selector) =>
        Extreme(Mapped(source, selector), null, sign: 1, nameof(Max));

    private static T Extreme<T>(Iter<T> source, IComparer<T>? comparer, int sign, string what)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (default(T) is null)
        {
            // LINQ's rule for types that admit null: skip nulls; nothing left means null, not an exception.
            var nullable = new NullSkippingExtremeSink<T>(comparer ?? Comparer<T>.Default, sign);
            source.TryFold(ref nullable);
            return nullable.Best;
        }
        if (comparer is null || ReferenceEquals(comparer, Comparer<T>.Default))
        {
            if (SpanAggregates.TryExtreme(source, sign, out T best)) return best;
            // Comparer<T>.Default called directly is devirtualised (and inlined for primitives) by the JIT.
            var sink = new DefaultExtremeSink<T>(sign);
            source.TryFold(ref sink);
            return sink.Found ? sink.Best : ThrowHelper.ThrowExhausted<T>(what);
        }
        var custom = new ExtremeSink<T>(comparer, sign);
        source.TryFold(ref custom);
        return custom.Found ? custom.Best : ThrowHelper.ThrowExhausted<T>(what);
    }

    // Keeps the first element that no later one beats strictly (sign -1: smaller beats, +1: larger beats).
    private struct ExtremeSink<T>(IComparer<T> comparer, int sign) : ISink<T>
    {
        public bool Found;
        public T Best = default!;

        public bool Accept(T item)
        {
            if (!Found || sign * comparer.Compare(item, Best) > 0)
            {
                Best = item;
                Found = true;
            }
            return true;
        }
    }

    private struct DefaultExtremeSink<T>(int sign) : ISink<T>
    {
        public bool Found;
        public T Best = default!;

        public bool Accept(T item)
        {
            if (!Found || sign * Comparer<T>.Default.Compare(item, Best) > 0)
            {
                Best = item;
                Found = true;
            }
            return true;
        }
    }

    // Best stays null until the first non-null element.
    private struct NullSkippingExtremeSink<T>(IComparer<T> comparer, int sign) : ISink<T>
    {
        public T Best = default!;

        public bool Accept(T item)
        {
            if (item is not null && (Best is null || sign * comparer.Compare(item, Best) > 0)) Best = item;
            return true;
        }
    }
}
