using System.Diagnostics.CodeAnalysis;

namespace Streams;

public static partial class Pull
{
    /// <summary>Wraps <paramref name="source"/> so that the next element can be looked at without consuming it
    /// (Rust's <c>peekable</c>, more-itertools' <c>peekable</c>).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The upstream iterator; the result owns it.</param>
    /// <returns>An iterator with <see cref="PeekableIter{T}.Peek"/>, <see cref="PeekableIter{T}.TryPeek"/>,
    /// <see cref="PeekableIter{T}.NextIf(Func{T, bool}, out T)"/> and <see cref="PeekableIter{T}.NextIfEqual"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <remarks>Lazy: building pulls nothing; peeking pulls at most one element ahead and keeps it for the next pull.
    /// Safe on infinite sources.</remarks>
    /// <example><code>
    /// var it = Pull.Of(1, 2, 3).Peekable();
    /// it.Peek();               // 1
    /// it.NextIf(x =&gt; x &gt; 1, out _); // false; 1 stays
    /// it.Next();               // 1
    /// </code></example>
    public static PeekableIter<T> Peekable<T>(this Iter<T> source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new PeekableIter<T>(source);
    }
}

/// <summary>An iterator that can show its next element without consuming it. Made by <see cref="Pull.Peekable{T}"/>.</summary>
/// <typeparam name="T">The element type.</typeparam>
/// <remarks>It holds at most one element of look-ahead. All iterator laws hold: once it has said end (by a pull or by a
/// peek), it stays exhausted and its source is never pulled again. An exception from the source during a peek reaches
/// the caller unchanged and finishes this iterator.</remarks>
public sealed class PeekableIter<T> : Iter<T>
{
    private readonly Iter<T> _source;
    private T _peeked = default!;
    private bool _hasPeeked;
    private bool _sourceEnded;

    // A stage (see Stage<T>): its end leaves the source alone; Dispose or an exception releases it.
    internal PeekableIter(Iter<T> source)
        : base(releaseAtEnd: false)
    {
        _source = source;
        StackOn(source.StackDepth);
    }

    /// <summary>Returns the next element without consuming it.</summary>
    /// <returns>The element the next pull will produce.</returns>
    /// <exception cref="IteratorExhaustedException">There is no next element.</exception>
    /// <remarks>Lazy: pulls at most one element from the source (none if one is already peeked), so it is safe on
    /// infinite sources. At the end it finishes this iterator (the source, having ended, released itself).</remarks>
    public T Peek() => TryPeek(out var item) ? item : ThrowHelper.ThrowExhausted<T>("Peek");

    /// <summary>Looks at the next element without consuming it.</summary>
    /// <param name="item">The element the next pull will produce, when there is one.</param>
    /// <returns><see langword="true"/> if there is a next element; <see langword="false"/> at the end.</returns>
    /// <remarks>Lazy: pulls at most one element from the source (none if one is already peeked), so it is safe on
    /// infinite sources. At the end it finishes this iterator (the source, having ended, released itself).</remarks>
    public bool TryPeek([MaybeNullWhen(false)] out T item)
    {
        if (_hasPeeked)
        {
            item = _peeked;
            return true;
        }
        if (IsFinished || _sourceEnded)
        {
            item = default;
            return false;
        }
        try
        {
            if (_source.TryNext(out item))
            {
                _peeked = item;
                _hasPeeked = true;
                return true;
            }
        }
        catch
        {
            _sourceEnded = true;
            Dispose();
            throw;
        }
        // End now, so that IsFinished reports it; like any stage's end, this leaves the source alone (it ended).
        _sourceEnded = true;
        End();
        return false;
    }

    /// <summary>Consumes the next element only if it satisfies <paramref name="predicate"/> (Rust's <c>next_if</c>).</summary>
    /// <param name="predicate">The test applied to the next element.</param>
    /// <param name="item">The consumed element, when the result is <see langword="true"/>.</param>
    /// <returns><see langword="true"/> if the next element passed and was consumed; <see langword="false"/> if it failed
    /// (it stays next) or there is none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="predicate"/> is <see langword="null"/>.</exception>
    /// <remarks>Lazy: peeks at most one element from the source, so it is safe on infinite sources.
    /// If <paramref name="predicate"/> throws, the element is not consumed.</remarks>
    public bool NextIf(Func<T, bool> predicate, [MaybeNullWhen(false)] out T item)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        if (TryPeek(out item) && predicate(item))
        {
            TakePeeked();
            return true;
        }
        item = default;
        return false;
    }

    /// <summary>Consumes the next element only if it satisfies <paramref name="predicate"/> (Rust's <c>next_if</c>,
    /// when the element itself is not needed).</summary>
    /// <param name="predicate">The test applied to the next element.</param>
    /// <returns><see langword="true"/> if the next element passed and was consumed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="predicate"/> is <see langword="null"/>.</exception>
    /// <remarks>Lazy: peeks at most one element from the source, so it is safe on infinite sources.</remarks>
    public bool NextIf(Func<T, bool> predicate) => NextIf(predicate, out _);

    /// <summary>Consumes the next element only if it equals <paramref name="expected"/> (Rust's <c>next_if_eq</c>).</summary>
    /// <param name="expected">The value to compare with, using <see cref="EqualityComparer{T}.Default"/>.</param>
    /// <returns><see langword="true"/> if the next element was equal and was consumed.</returns>
    /// <remarks>Lazy: peeks at most one element from the source, so it is safe on infinite sources.</remarks>
    public bool NextIfEqual(T expected)
    {
        if (TryPeek(out var item) && EqualityComparer<T>.Default.Equals(item, expected))
        {
            TakePeeked();
            return true;
        }
        return false;
    }

    private void TakePeeked()
    {
        _hasPeeked = false;
        _peeked = default!;
    }

    /// <inheritdoc/>
    protected override bool TryAdvance([MaybeNullWhen(false)] out T item)
    {
        if (_hasPeeked)
        {
            item = _peeked;
            TakePeeked();
            return true;
        }
        if (_sourceEnded)
        {
            item = default;
            return false;
        }
        return _source.TryNext(out item);
    }

    /// <inheritdoc/>
    protected override bool TryFoldCore<TSink>(ref TSink sink)
    {
        if (_hasPeeked)
        {
            var item = _peeked;
            TakePeeked();
            if (!sink.Accept(item)) return false;
            if (_hasPeeked && !DeliverPeeked(ref sink)) return false;
        }
        if (_sourceEnded) return true;
        var peeking = new PeekSink<TSink>(this, sink);
        bool reachedEnd = _source.TryFold(ref peeking);
        sink = peeking.Inner;
        return reachedEnd;
    }

    // A sink or lambda downstream may peek during the fold (a Peek inside ForEach over this iterator): that pulled the
    // source one ahead, so the peeked element goes out next, as the pull path would produce it.
    private bool DeliverPeeked<TSink>(ref TSink sink) where TSink : struct, ISink<T>
    {
        while (_hasPeeked)
        {
            var item = _peeked;
            TakePeeked();
            if (!sink.Accept(item)) return false;
        }
        return true;
    }

    // One load of _hasPeeked per element beyond the downstream sink.
    private struct PeekSink<TSink>(PeekableIter<T> owner, TSink inner) : ISink<T>
        where TSink : struct, ISink<T>
    {
        public TSink Inner = inner;

        public bool Accept(T item) => Inner.Accept(item) && (!owner._hasPeeked || owner.DeliverPeeked(ref Inner));
    }

    /// <inheritdoc/>
    protected override void Release()
    {
        TakePeeked();
        _source.Dispose();
    }
}
