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
    : Stage<TResult>(Math.Max(first.StackDepth, second.StackDepth))
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
        if (first.TryGetSpanCursor(out var left) && second.TryGetSpanCursor(out var right))
        {
            return FoldSpans(left, right, ref sink);
        }
        var zipped = new Sink<TSink>(second, selector, sink);
        bool firstEnded = first.TryFold(ref zipped);
        sink = zipped.Inner;
        return firstEnded || zipped.SecondEnded;
    }

    public override bool TryGetRemainingCount(out long count)
    {
        count = 0;
        if (!first.TryGetRemainingCountOfInput(out long a) || !second.TryGetRemainingCountOfInput(out long b)) return false;
        count = Math.Min(a, b);
        return true;
    }

    protected override void Release() => DisposeHelper.DisposeAll(first, second);

    // Two memory-backed sides: one loop over both spans instead of a virtual pull from the second side per element.
    // Each position is stored before the selector runs and read again after the sink returns (the span capability's
    // sharing rule), so it.Zip(it) pairs neighbours and a lambda pulling either side moves the loop too. Leaves both
    // positions where the pull-by-pull zip would: when the second side ends first, the element taken from the first
    // side for that last attempt is consumed (as in Python); when the first ends, the second is not touched.
    private bool FoldSpans<TSink>(SpanCursor<TFirst> left, SpanCursor<TSecond> right, ref TSink sink)
        where TSink : struct, ISink<TResult>
    {
        ReadOnlySpan<TFirst> xs = left.Items;
        ReadOnlySpan<TSecond> ys = right.Items;
        ref int i = ref left.Position;
        ref int j = ref right.Position;
        var combine = selector;
        TSink s = sink;
        while (true)
        {
            int a = i;
            if ((uint)a >= (uint)xs.Length) break;
            i = a + 1;
            int b = j;
            if ((uint)b >= (uint)ys.Length) break;
            j = b + 1;
            if (!s.Accept(combine(xs[a], ys[b])))
            {
                sink = s;
                return false;
            }
        }
        sink = s;
        return true;
    }

    private struct Sink<TSink>(Iter<TSecond> second, Func<TFirst, TSecond, TResult> selector, TSink inner) : ISink<TFirst>
        where TSink : struct, ISink<TResult>
    {
        public TSink Inner = inner;
        public bool SecondEnded;

        public bool Accept(TFirst item)
        {
            if (!second.Step(out var b)) // an array second side is read without a virtual call (see Step)
            {
                SecondEnded = true;
                return false;
            }
            return Inner.Accept(selector(item, b));
        }
    }
}
