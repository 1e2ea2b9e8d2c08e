namespace Streams;

public static partial class Pull
{
    /// <summary>Yields <paramref name="seed"/>, <c>next(seed)</c>, <c>next(next(seed))</c>, ... without end
    /// (Haskell's <c>iterate</c>, Rust's <c>successors</c> without the stop).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="seed">The first element.</param>
    /// <param name="next">Computes the following element; called once per element produced after the first,
    /// only when that element is pulled.</param>
    /// <returns>An infinite lazy iterator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="next"/> is <see langword="null"/>.</exception>
    /// <remarks>Lazy; infinite: bound it with <c>Take</c> or <c>TakeWhile</c>.</remarks>
    /// <example><code>Pull.Iterate(1L, x =&gt; x * 2).Take(5).ToList(); // [1, 2, 4, 8, 16]</code></example>
    public static Iter<T> Iterate<T>(T seed, Func<T, T> next)
    {
        ArgumentNullException.ThrowIfNull(next);
        return new IterateSource<T>(seed, next);
    }

    /// <summary>Builds elements from a state (Rust's <c>from_fn</c> with state, F#'s <c>Seq.unfold</c>): each pull calls
    /// <paramref name="step"/> on the current state; a result with <c>HasValue</c> false ends the iterator, otherwise
    /// <c>Value</c> is produced and <c>Next</c> becomes the state.</summary>
    /// <typeparam name="TState">The state type.</typeparam>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="state">The initial state.</param>
    /// <param name="step">Produces (whether there is an element, the element, the next state); called once per pull,
    /// never again after it said there is no element.</param>
    /// <returns>A lazy iterator, finite or not depending on <paramref name="step"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="step"/> is <see langword="null"/>.</exception>
    /// <remarks>Lazy; infinite if <paramref name="step"/> never says end.</remarks>
    /// <example><code>Pull.Unfold(3, n =&gt; (n &gt; 0, n, n - 1)).ToList(); // [3, 2, 1]</code></example>
    public static Iter<T> Unfold<TState, T>(TState state, Func<TState, (bool HasValue, T Value, TState Next)> step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return new UnfoldSource<TState, T>(state, step);
    }

    /// <summary>Calls <paramref name="factory"/> for every element, without end (Rust's <c>repeat_with</c>).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="factory">Produces the next element; called once per pull.</param>
    /// <returns>An infinite lazy iterator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="factory"/> is <see langword="null"/>.</exception>
    /// <remarks>Lazy; infinite: bound it with <c>Take</c> or <c>TakeWhile</c>.</remarks>
    /// <example><code>var n = 0; Pull.Generate(() =&gt; ++n).Take(3).ToList(); // [1, 2, 3]</code></example>
    public static Iter<T> Generate<T>(Func<T> factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return new GenerateSource<T>(factory);
    }

    /// <summary>Calls <paramref name="function"/> until it returns <paramref name="sentinel"/> (Python's
    /// <c>iter(callable, sentinel)</c>).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="function">Produces the next element; called once per pull, never again after it returned the sentinel.</param>
    /// <param name="sentinel">The value that ends the iterator (not produced), compared with <see cref="EqualityComparer{T}.Default"/>.</param>
    /// <returns>A lazy iterator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="function"/> is <see langword="null"/>.</exception>
    /// <remarks>Lazy; infinite if the sentinel never comes.</remarks>
    /// <example><code>var q = new Queue&lt;int&gt;([1, 2, 0, 3]); Pull.FromFunction(q.Dequeue, 0).ToList(); // [1, 2]</code></example>
    public static Iter<T> FromFunction<T>(Func<T> function, T sentinel)
    {
        ArgumentNullException.ThrowIfNull(function);
        return new SentinelSource<T>(function, sentinel);
    }

    /// <summary>Reads <c>getItem(0)</c>, <c>getItem(1)</c>, ... until it throws <see cref="IndexOutOfRangeException"/> or
    /// <see cref="ArgumentOutOfRangeException"/> (Python's old <c>__getitem__</c> iteration protocol).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="getItem">Returns the element at an index; called once per pull with 0, 1, 2, ...</param>
    /// <returns>A lazy iterator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="getItem"/> is <see langword="null"/>.</exception>
    /// <remarks>Lazy. An <see cref="IndexOutOfRangeException"/> or <see cref="ArgumentOutOfRangeException"/> from
    /// <paramref name="getItem"/> ends the iterator (and is swallowed, like Python's <c>IndexError</c>); any other
    /// exception propagates and finishes the iterator. Infinite if <paramref name="getItem"/> never throws.</remarks>
    /// <example><code>var list = new List&lt;int&gt; { 5, 6 }; Pull.FromIndexer(i =&gt; list[(int)i]).ToList(); // [5, 6]</code></example>
    public static Iter<T> FromIndexer<T>(Func<long, T> getItem)
    {
        ArgumentNullException.ThrowIfNull(getItem);
        return new IndexerSource<T>(getItem);
    }
}

// Invariant: _current is the last element produced; next is called only when the following one is pulled.
internal sealed class IterateSource<T>(T seed, Func<T, T> next) : Iter<T>
{
    private T _current = seed;
    private bool _started;

    protected override bool TryAdvance(out T item)
    {
        if (_started) _current = next(_current);
        _started = true;
        item = _current;
        return true;
    }
}

internal sealed class UnfoldSource<TState, T>(TState state, Func<TState, (bool HasValue, T Value, TState Next)> step) : Iter<T>
{
    private TState _state = state;

    protected override bool TryAdvance(out T item)
    {
        var (hasValue, value, next) = step(_state);
        if (!hasValue)
        {
            item = default!;
            return false;
        }
        _state = next;
        item = value;
        return true;
    }

    protected override void Release() => _state = default!;
}

internal sealed class GenerateSource<T>(Func<T> factory) : Iter<T>
{
    protected override bool TryAdvance(out T item)
    {
        item = factory();
        return true;
    }
}

internal sealed class SentinelSource<T>(Func<T> function, T sentinel) : Iter<T>
{
    protected override bool TryAdvance(out T item)
    {
        item = function();
        return !EqualityComparer<T>.Default.Equals(item, sentinel);
    }
}

// Invariant: _index is the next index to read.
internal sealed class IndexerSource<T>(Func<long, T> getItem) : Iter<T>
{
    private long _index;

    protected override bool TryAdvance(out T item)
    {
        try
        {
            item = getItem(_index);
        }
        catch (Exception e) when (e is IndexOutOfRangeException or ArgumentOutOfRangeException)
        {
            item = default!;
            return false;
        }
        _index++;
        return true;
    }
}
