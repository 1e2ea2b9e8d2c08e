namespace Streams;

public static partial class Pull
{
    /// <summary>Takes one element from each iterator in turn, round robin; when one ends, continues with the others
    /// (the <c>roundrobin</c> recipe of Python's itertools documentation).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="sources">The iterators to interleave; the result owns every one.</param>
    /// <returns>A lazy iterator that ends when every input has ended.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sources"/> or one of its elements is <see langword="null"/>.</exception>
    /// <remarks>
    /// <para>Lazy: each output pulls exactly one input (plus any inputs found ended on the way). An input that ends is
    /// released at once, dropped from the rotation and never pulled again; the rotation goes on with the input after it,
    /// keeping the original order of the rest. The array is copied, so changing it later has no effect.</para>
    /// <para>Safe on infinite inputs: the result is then infinite (bound it with <c>Take</c>), and every finite input still
    /// gets its turn.</para>
    /// </remarks>
    /// <example><code>Pull.Interleave(Pull.Chars("ABC"), Pull.Chars("D"), Pull.Chars("EF")).JoinToString(""); // "ADEBFC"</code></example>
    public static Iter<T> Interleave<T>(params Iter<T>[] sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        foreach (var s in sources) ArgumentNullException.ThrowIfNull(s, nameof(sources));
        return new InterleaveIter<T>((Iter<T>[])sources.Clone());
    }

    /// <summary>Takes one element from <paramref name="first"/>, then from each of <paramref name="rest"/>, round robin;
    /// when one ends, continues with the others (the extension form of <see cref="Interleave{T}(Iter{T}[])"/>).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="first">The first iterator; the result owns it.</param>
    /// <param name="rest">The other iterators; the result owns every one.</param>
    /// <returns>A lazy iterator that ends when every input has ended.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="first"/>, <paramref name="rest"/> or one of its elements is <see langword="null"/>.</exception>
    /// <remarks>Lazy: each output pulls exactly one input; safe on infinite inputs (the result is then infinite).</remarks>
    /// <example><code>Pull.Chars("ABC").Interleave(Pull.Chars("xy")).JoinToString(""); // "AxByC"</code></example>
    public static Iter<T> Interleave<T>(this Iter<T> first, params Iter<T>[] rest)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(rest);
        foreach (var s in rest) ArgumentNullException.ThrowIfNull(s, nameof(rest));
        return new InterleaveIter<T>([first, .. rest]);
    }
}

// Invariant: _active[0.._count) are the inputs that have not ended, in their original order; _next indexes the
// one whose turn it is. Ended inputs are removed, so none is pulled after it said end.
internal sealed class InterleaveIter<T>(Iter<T>[] sources) : Stage<T>(DepthGuard.Deepest(sources))
{
    private readonly Iter<T>[] _active = (Iter<T>[])sources.Clone(); // the inputs not yet ended, in turn order
    private int _count = sources.Length;
    private int _next;

    protected override bool TryAdvance(out T item)
    {
        while (_count > 0)
        {
            int i = _next;
            if (_active[i].Step(out item!))
            {
                _next = i + 1 == _count ? 0 : i + 1;
                return true;
            }
            // It ended (and released itself): remove it; the input after it slides into slot i.
            Array.Copy(_active, i + 1, _active, i, _count - i - 1);
            _active[--_count] = null!;
            if (_next >= _count) _next = 0;
        }
        item = default!;
        return false;
    }

    // Every input, ended or not: an input that stopped early (a Take) is left unreleased at its end and is still ours.
    protected override void Release()
    {
        _count = 0;
        DisposeHelper.DisposeAll(sources);
    }
}
