namespace Streams;

public static partial class Pull
{
    /// <summary>Groups elements of three iterators as triples, stopping at the shortest (Python's <c>zip(a, b, c)</c>).</summary>
    /// <typeparam name="TFirst">The first element type.</typeparam>
    /// <typeparam name="TSecond">The second element type.</typeparam>
    /// <typeparam name="TThird">The third element type.</typeparam>
    /// <param name="first">The first iterator; the result owns it.</param>
    /// <param name="second">The second iterator; the result owns it.</param>
    /// <param name="third">The third iterator; the result owns it.</param>
    /// <returns>A lazy iterator of triples.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <remarks>Lazy: each output pulls one element from <paramref name="first"/>, then <paramref name="second"/>, then
    /// <paramref name="third"/>. At the first input that ends, the inputs after it are not pulled and the elements already
    /// pulled for that output are dropped (as in Python). Safe when some inputs are infinite, as long as one is finite.</remarks>
    /// <example><code>Pull.Of(1, 2, 3).Zip(Pull.Of('a', 'b'), Pull.Of("x", "y", "z")).ToList(); // [(1, a, x), (2, b, y)]</code></example>
    public static Iter<(TFirst First, TSecond Second, TThird Third)> Zip<TFirst, TSecond, TThird>(
        this Iter<TFirst> first, Iter<TSecond> second, Iter<TThird> third)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        ArgumentNullException.ThrowIfNull(third);
        return new Zip3Iter<TFirst, TSecond, TThird, (TFirst, TSecond, TThird)>(first, second, third, static (a, b, c) => (a, b, c));
    }
}

// Stops at the first input that ends; the base class guarantees no input is pulled after that.
internal sealed class Zip3Iter<T1, T2, T3, TResult>(Iter<T1> first, Iter<T2> second, Iter<T3> third, Func<T1, T2, T3, TResult> selector)
    : Stage<TResult>(Math.Max(first.StackDepth, Math.Max(second.StackDepth, third.StackDepth)))
{
    protected override bool TryAdvance(out TResult item)
    {
        if (first.Step(out var a) && second.Step(out var b) && third.Step(out var c))
        {
            item = selector(a, b, c);
            return true;
        }
        item = default!;
        return false;
    }

    protected override bool TryFoldCore<TSink>(ref TSink sink)
    {
        var zipped = new Sink<TSink>(second, third, selector, sink);
        bool firstEnded = first.TryFold(ref zipped);
        sink = zipped.Inner;
        return firstEnded || zipped.OtherEnded;
    }

    protected override void Release() => DisposeHelper.DisposeAll(first, second, third);

    private struct Sink<TSink>(Iter<T2> second, Iter<T3> third, Func<T1, T2, T3, TResult> selector, TSink inner) : ISink<T1>
        where TSink : struct, ISink<TResult>
    {
        public TSink Inner = inner;
        public bool OtherEnded;

        public bool Accept(T1 item)
        {
            if (!second.Step(out var b) || !third.Step(out var c))
            {
                OtherEnded = true;
                return false;
            }
            return Inner.Accept(selector(item, b, c));
        }
    }
}
