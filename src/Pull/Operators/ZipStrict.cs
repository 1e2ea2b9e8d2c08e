using System.Diagnostics.CodeAnalysis;

namespace Streams;

public static partial class Pull
{
    /// <summary>Pairs up elements of two iterators with <paramref name="selector"/> and insists that both have the same
    /// length (Python's <c>zip(a, b, strict=True)</c>).</summary>
    /// <typeparam name="TFirst">The first element type.</typeparam>
    /// <typeparam name="TSecond">The second element type.</typeparam>
    /// <typeparam name="TResult">The output element type.</typeparam>
    /// <param name="first">The first iterator; the result owns it.</param>
    /// <param name="second">The second iterator; the result owns it.</param>
    /// <param name="selector">Combines a pair.</param>
    /// <returns>A lazy iterator of combined pairs.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">Thrown while iterating, when one input ends before the other.</exception>
    /// <remarks>Lazy: each output pulls <paramref name="first"/>, then <paramref name="second"/>. When <paramref name="first"/>
    /// ends, <paramref name="second"/> is pulled once more to check that it ended too; if it did not, the element found is
    /// dropped and <see cref="InvalidOperationException"/> is thrown (after which the iterator is exhausted). When
    /// <paramref name="second"/> ends first, the element just pulled from <paramref name="first"/> is dropped and the same
    /// exception is thrown. With one infinite input the mismatch is found when the other ends; with two infinite inputs
    /// it never ends.</remarks>
    /// <example><code>
    /// Pull.Of(1, 2).ZipStrict(Pull.Of(10, 20), (a, b) =&gt; a + b).ToList(); // [11, 22]
    /// Pull.Of(1, 2).ZipStrict(Pull.Of(10), (a, b) =&gt; a + b).ToList();     // throws InvalidOperationException
    /// </code></example>
    public static Iter<TResult> ZipStrict<TFirst, TSecond, TResult>(this Iter<TFirst> first, Iter<TSecond> second, Func<TFirst, TSecond, TResult> selector)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        ArgumentNullException.ThrowIfNull(selector);
        return new ZipStrictIter<TFirst, TSecond, TResult>(first, second, selector);
    }

    /// <summary>Pairs up elements of two iterators as tuples and insists that both have the same length
    /// (Python's <c>zip(a, b, strict=True)</c>).</summary>
    /// <typeparam name="TFirst">The first element type.</typeparam>
    /// <typeparam name="TSecond">The second element type.</typeparam>
    /// <param name="first">The first iterator; the result owns it.</param>
    /// <param name="second">The second iterator; the result owns it.</param>
    /// <returns>A lazy iterator of pairs.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">Thrown while iterating, when one input ends before the other.</exception>
    /// <remarks>Lazy; same pulling order and checks as the selector overload.</remarks>
    /// <example><code>Pull.Of(1, 2).ZipStrict(Pull.Of('a', 'b')).ToList(); // [(1, a), (2, b)]</code></example>
    public static Iter<(TFirst First, TSecond Second)> ZipStrict<TFirst, TSecond>(this Iter<TFirst> first, Iter<TSecond> second) =>
        ZipStrict(first, second, static (a, b) => (a, b));
}

// Ends (or throws) at the first input that ends; the base class then never calls TryAdvance again, so no input is
// pulled after it said end.
internal sealed class ZipStrictIter<TFirst, TSecond, TResult>(Iter<TFirst> first, Iter<TSecond> second, Func<TFirst, TSecond, TResult> selector)
    : Stage<TResult>(Math.Max(first.StackDepth, second.StackDepth))
{
    protected override bool TryAdvance(out TResult item)
    {
        if (first.Step(out var a))
        {
            if (!second.Step(out var b)) ThrowSecondShorter();
            item = selector(a, b);
            return true;
        }
        CheckSecondEnded();
        item = default!;
        return false;
    }

    protected override bool TryFoldCore<TSink>(ref TSink sink)
    {
        var zipped = new Sink<TSink>(second, selector, sink);
        bool firstEnded = first.TryFold(ref zipped);
        sink = zipped.Inner;
        if (!firstEnded) return false;
        CheckSecondEnded();
        return true;
    }

    protected override void Release() => DisposeHelper.DisposeAll(first, second);

    private void CheckSecondEnded()
    {
        if (second.Step(out _)) ThrowSecondLonger();
    }

    [DoesNotReturn]
    private static void ThrowSecondShorter() =>
        throw new InvalidOperationException("ZipStrict: the second iterator ended before the first (argument 2 is shorter than argument 1).");

    [DoesNotReturn]
    private static void ThrowSecondLonger() =>
        throw new InvalidOperationException("ZipStrict: the first iterator ended before the second (argument 2 is longer than argument 1).");

    private struct Sink<TSink>(Iter<TSecond> second, Func<TFirst, TSecond, TResult> selector, TSink inner) : ISink<TFirst>
        where TSink : struct, ISink<TResult>
    {
        public TSink Inner = inner;

        public bool Accept(TFirst item)
        {
            if (!second.Step(out var b)) ThrowSecondShorter();
            return Inner.Accept(selector(item, b));
        }
    }
}
