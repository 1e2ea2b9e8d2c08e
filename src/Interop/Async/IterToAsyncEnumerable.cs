namespace Streams;

public static partial class AsyncInterop
{
    /// <summary>Exposes a pull iterator as an <see cref="IAsyncEnumerable{T}"/> for <c>await foreach</c> and async LINQ.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The iterator; the result takes ownership of it (disposing the async enumerator disposes it).</param>
    /// <param name="cancellationToken">Checked before every element, together with the token passed to
    /// <see cref="IAsyncEnumerable{T}.GetAsyncEnumerator"/> (for example by <c>WithCancellation</c>).</param>
    /// <returns>An async sequence over the elements of <paramref name="source"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <remarks>
    /// <para><b>Lazy</b>: nothing is pulled until the first <c>MoveNextAsync</c>, which pulls exactly one element.
    /// Safe on infinite sources.</para>
    /// <para><b>Synchronous</b>: every <c>MoveNextAsync</c> pulls on the calling thread and returns an already completed
    /// <see cref="ValueTask{TResult}"/>; nothing is scheduled and nothing is allocated per element, so an
    /// <c>await foreach</c> over it runs as a plain loop. A slow pull therefore blocks the awaiting thread.</para>
    /// <para><b>Cancellation</b>: when either token is cancelled, the next <c>MoveNextAsync</c> completes as cancelled
    /// (<see cref="OperationCanceledException"/>) without pulling; the iterator is left undisposed until
    /// <c>DisposeAsync</c>, which <c>await foreach</c> always calls.</para>
    /// <para><b>Errors</b>: an exception thrown by the iterator is returned in the faulted <c>MoveNextAsync</c> task.</para>
    /// <para><b>Ownership</b>: <c>DisposeAsync</c> disposes <paramref name="source"/> (releasing every stage above it).
    /// The iterator is one pass: a second enumeration sees what is left, which is nothing once the first enumerator was
    /// disposed. Not thread-safe: do not run two enumerations at once.</para>
    /// <example>
    /// <code>
    /// await foreach (var x in Pull.Range(0, 3).ToAsyncEnumerable().WithCancellation(ct))
    ///     Console.WriteLine(x); // 0 1 2
    /// </code>
    /// </example>
    /// </remarks>
    public static IAsyncEnumerable<T> ToAsyncEnumerable<T>(this Iter<T> source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new IterAsyncEnumerable<T>(source, cancellationToken);
    }
}

internal sealed class IterAsyncEnumerable<T>(Iter<T> source, CancellationToken token) : IAsyncEnumerable<T>
{
    // [EnumeratorCancellation] only has an effect on async iterator methods (CS8424 otherwise); a hand-written
    // enumerable receives the WithCancellation token here and combines it with the one given to ToAsyncEnumerable.
    public IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default) =>
        new IterAsyncEnumerator<T>(source, token, cancellationToken);
}

// A hand-written enumerator instead of an async iterator method: MoveNextAsync completes synchronously, so there is
// no state machine box and no allocation per element.
internal sealed class IterAsyncEnumerator<T>(Iter<T> source, CancellationToken first, CancellationToken second) : IAsyncEnumerator<T>
{
    private T _current = default!;

    // Mutable struct enumerator held in a field on purpose: MoveNext updates it in place.
    private Iter<T>.Enumerator _pull = source.GetEnumerator();

    // Most callers pass no token: then the per-element checks are one predictable branch on a field.
    private readonly bool _cancellable = first.CanBeCanceled || second.CanBeCanceled;

    public T Current => _current;

    public ValueTask<bool> MoveNextAsync()
    {
        if (_cancellable)
        {
            if (first.IsCancellationRequested) return ValueTask.FromCanceled<bool>(first);
            if (second.IsCancellationRequested) return ValueTask.FromCanceled<bool>(second);
        }
        try
        {
            // The foreach enumerator's pull has no exception handler of its own (TryNext's would be a second frame
            // per element, and keeps the pull from inlining); on an exception, its Dispose finishes the iterator.
            if (_pull.MoveNext())
            {
                _current = _pull.Current;
                return new ValueTask<bool>(true);
            }
            return new ValueTask<bool>(false);
        }
        catch (Exception e)
        {
            _pull.Dispose();
            return ValueTask.FromException<bool>(e);
        }
    }

    public ValueTask DisposeAsync()
    {
        _current = default!;
        source.Dispose();
        return default;
    }
}
