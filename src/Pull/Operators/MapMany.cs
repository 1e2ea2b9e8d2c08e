using System.ComponentModel;

namespace Streams;

public static partial class Pull
{
    /// <summary>Applies <paramref name="selector"/> to the elements of two iterators in lockstep, stopping at the shorter
    /// (Python's <c>map(f, a, b)</c>). Former name of <c>Zip(first, second, selector)</c>, kept for one release.</summary>
    /// <typeparam name="TFirst">The first element type.</typeparam>
    /// <typeparam name="TSecond">The second element type.</typeparam>
    /// <typeparam name="TResult">The output element type.</typeparam>
    /// <param name="first">The first iterator; the result owns it.</param>
    /// <param name="second">The second iterator; the result owns it.</param>
    /// <param name="selector">The function, called once per output with one element of each input.</param>
    /// <returns>A lazy iterator of the results.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <remarks>Lazy; the same as <see cref="Zip{TFirst, TSecond, TResult}(Iter{TFirst}, Iter{TSecond}, Func{TFirst, TSecond, TResult})"/>:
    /// each output pulls <paramref name="first"/>, then <paramref name="second"/>; when <paramref name="first"/> ends,
    /// <paramref name="second"/> is not pulled. Safe when either input is infinite.</remarks>
    /// <example><code>Pull.Of(1, 2, 3).Zip(Pull.Of(10, 20), (a, b) =&gt; a * b).ToList(); // [10, 40]</code></example>
    [Obsolete("Use first.Zip(second, selector): the same operator under LINQ's name.")]
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Iter<TResult> Map<TFirst, TSecond, TResult>(Iter<TFirst> first, Iter<TSecond> second, Func<TFirst, TSecond, TResult> selector)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        ArgumentNullException.ThrowIfNull(selector);
        return new ZipIter<TFirst, TSecond, TResult>(first, second, selector);
    }

    /// <summary>Applies <paramref name="selector"/> to the elements of three iterators in lockstep, stopping at the shortest
    /// (Python's <c>map(f, a, b, c)</c>). Former name of <c>Zip(first, second, third, selector)</c>, kept for one release.</summary>
    /// <typeparam name="TFirst">The first element type.</typeparam>
    /// <typeparam name="TSecond">The second element type.</typeparam>
    /// <typeparam name="TThird">The third element type.</typeparam>
    /// <typeparam name="TResult">The output element type.</typeparam>
    /// <param name="first">The first iterator; the result owns it.</param>
    /// <param name="second">The second iterator; the result owns it.</param>
    /// <param name="third">The third iterator; the result owns it.</param>
    /// <param name="selector">The function, called once per output with one element of each input.</param>
    /// <returns>A lazy iterator of the results.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <remarks>Lazy: each output pulls the inputs in order; at the first input that ends, the later ones are not pulled.
    /// Safe when some inputs are infinite, as long as one is finite (or the result is bounded downstream).</remarks>
    /// <example><code>Pull.Of(1, 2).Zip(Pull.Of(10, 20), Pull.Of(100, 200), (a, b, c) =&gt; a + b + c).ToList(); // [111, 222]</code></example>
    [Obsolete("Use first.Zip(second, third, selector): the same operator under LINQ's name.")]
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Iter<TResult> Map<TFirst, TSecond, TThird, TResult>(
        Iter<TFirst> first, Iter<TSecond> second, Iter<TThird> third, Func<TFirst, TSecond, TThird, TResult> selector)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        ArgumentNullException.ThrowIfNull(third);
        ArgumentNullException.ThrowIfNull(selector);
        return new Zip3Iter<TFirst, TSecond, TThird, TResult>(first, second, third, selector);
    }
}
