namespace Streams;

public static partial class Pull
{
    /// <summary>Pairs up elements of two iterators with <paramref name="selector"/>, stopping at the shorter (Python's <c>map(f, a, b)</c>, LINQ's <c>Zip</c>).</summary>
    /// <typeparam name="TFirst">The first element type.</typeparam>
    /// <typeparam name="TSecond">The second element type.</typeparam>
    /// <typeparam name="TResult">The output element type.</typeparam>
    /// <param name="first">The first iterator; the result owns it.</param>
    /// <param name="second">The second iterator; the result owns it.</param>
    /// <param name="selector">Combines a pair.</param>
    /// <returns>A lazy iterator of combined pairs.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <remarks>Lazy: each output pulls one element from <paramref name="first"/>, then one from <paramref name="second"/>.
    /// When <paramref name="first"/> ends, <paramref name="second"/> is not pulled; when <paramref name="second"/> ends, the
    /// element just pulled from <paramref name="first"/> is dropped (as in Python). Safe when either side is infinite.</remarks>
    /// <example><code>Pull.Of(1, 2, 3).Zip(Pull.Of(10, 20), (a, b) =&gt; a + b).ToList(); // [11, 22]</code></example>
    public static Iter<TResult> Zip<TFirst, TSecond, TResult>(this Iter<TFirst> first, Iter<TSecond> second, Func<TFirst, TSecond, TResult> selector)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        ArgumentNullException.ThrowIfNull(selector);
        return new ZipIter<TFirst, TSecond, TResult>(first, second, selector);
    }

    /// <summary>Pairs up elements of two iterators as tuples, stopping at the shorter (Python's <c>zip(a, b)</c>).</summary>
    /// <typeparam name="TFirst">The first element type.</typeparam>
    /// <typeparam name="TSecond">The second element type.</typeparam>
    /// <param name="first">The first iterator; the result owns it.</param>
    /// <param name="second">The second iterator; the result owns it.</param>
    /// <returns>A lazy iterator of pairs.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <remarks>Lazy; same pulling order as the selector overload. Safe when either side is infinite.</remarks>
    public static Iter<(TFirst First, TSecond Second)> Zip<TFirst, TSecond>(this Iter<TFirst> first, Iter<TSecond> second) =>
        Zip(first, second, static (a, b) => (a, b));
}

internal sealed class ZipIter<TFirst, TSecond, TResult>(Iter<TFirst> first, Iter<TSecond> second, Func<TFirst, TSecond, TResult> selector)
    : Iter<TResult>
{
    protected override bool TryAdvance(out TResult item)
    {
        if (first.Step(out var a) && second.Step(out var b))
        {
            item = selector(a, b);
            return true;
        }
        item = default!;
        return false;
    }

    protected override bool TryFoldCore<TSink>(ref TSink sink)
    {
        var zipped = new Sink<TSink>(second, selector, sink);
        bool firstEnded = first.TryFold(ref zipped);
        sink = zipped.Inner;
        return firstEnded || zipped.SecondEnded;
    }

    protected override void Release() => DisposeHelper.DisposeAll(first, second);

    private struct Sink<TSink>(Iter<TSecond> second, Func<TFirst, TSecond, TResult> selector, TSink inner) : ISink<TFirst>
        where TSink : struct, ISink<TResult>
    {
        public TSink Inner = inner;
        public bool SecondEnded;

        public bool Accept(TFirst item)
        {
            if (!second.Step(out var b))
            {
                SecondEnded = true;
                return false;
            }
            return Inner.Accept(selector(item, b));
        }
    }
}
