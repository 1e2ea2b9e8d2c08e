namespace Streams;

public static partial class ChannelInterop
{
    /// <summary>Adapts a channel reader to a pull iterator: each pull takes the next element, <b>blocking</b> while
    /// the channel is empty. The same as <see cref="ToIter{T}(ChannelReader{T}, CancellationToken)"/> with no token.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="reader">The channel to read; disposing the iterator leaves it open.</param>
    /// <returns>A lazy iterator over the elements read, in channel order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is <see langword="null"/>.</exception>
    /// <remarks>Lazy; safe on a channel that never completes. See the overload with a token for faults and threads.</remarks>
    public static Iter<T> ToIter<T>(this ChannelReader<T> reader) => ToIter(reader, CancellationToken.None);

    /// <summary>Adapts a channel to a pull iterator that <b>owns</b> it (disposing the iterator completes the channel).
    /// The same as <see cref="ToIter{T}(Channel{T}, CancellationToken)"/> with no token.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="channel">The channel to read and, when the iterator is released, complete.</param>
    /// <returns>A lazy iterator over the elements read, in channel order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="channel"/> is <see langword="null"/>.</exception>
    /// <remarks>Lazy; safe on a channel that never completes. See the overload with a token for ownership and faults.</remarks>
    public static Iter<T> ToIter<T>(this Channel<T> channel) => ToIter(channel, CancellationToken.None);

    /// <summary>Adapts a channel reader to a pull iterator: each pull takes the next element, <b>blocking</b> while
    /// the channel is empty.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="reader">The channel to read. The iterator only reads it: disposing the iterator leaves the channel
    /// open (use the <see cref="ToIter{T}(Channel{T}, CancellationToken)"/> overload to complete it).</param>
    /// <param name="cancellationToken">Honoured by every pull that has to wait.</param>
    /// <returns>A lazy iterator over the elements read, in channel order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is <see langword="null"/>.</exception>
    /// <remarks>
    /// <para><b>Lazy</b>: nothing is read before the first pull. Safe on a channel that never completes (a pull then
    /// waits for the next element).</para>
    /// <para><b>End and faults</b>: when the channel is completed and drained the iterator ends; when it was completed
    /// with an exception, the pull after the last element throws that exception. Either way the iterator is finished.</para>
    /// <para><b>Cancellation</b>: a cancelled <paramref name="cancellationToken"/> makes a waiting pull throw
    /// <see cref="OperationCanceledException"/> at once; a pull that finds an element ready does not look at the token.</para>
    /// <para><b>Dispose from another thread</b> wakes a blocked pull, which then reports the end (<c>TryNext</c>
    /// returns <see langword="false"/>).</para>
    /// <para><b>Blocking</b>: the waiting pull blocks its thread with the <see cref="SynchronizationContext"/> cleared;
    /// prefer <c>reader.ReadAllAsync()</c> where you can await.</para>
    /// <example>
    /// <code>
    /// var channel = Channel.CreateBounded&lt;int&gt;(16);
    /// _ = Pull.Range(0, 100).WriteToAsync(channel.Writer);
    /// long sum = channel.Reader.ToIter().Sum(); // 4950
    /// </code>
    /// </example>
    /// </remarks>
    public static Iter<T> ToIter<T>(this ChannelReader<T> reader, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new ChannelSource<T>(reader, null, cancellationToken);
    }

    /// <summary>Adapts a channel to a pull iterator that <b>owns</b> it: as
    /// <see cref="ToIter{T}(ChannelReader{T}, CancellationToken)"/>, and disposing the iterator completes the channel's
    /// writer, so that a producer writing to it (such as
    /// <see cref="WriteToAsync{T}(Iter{T}, ChannelWriter{T}, CancellationToken)"/>) stops.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="channel">The channel to read and, when the iterator is released, complete.</param>
    /// <param name="cancellationToken">Honoured by every pull that has to wait.</param>
    /// <returns>A lazy iterator over the elements read, in channel order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="channel"/> is <see langword="null"/>.</exception>
    /// <remarks>
    /// <para><b>Ownership</b>: the iterator is released at its end, when it throws, or on <see cref="Iter{T}.Dispose"/>;
    /// each completes the writer (<c>TryComplete</c>, so a channel already completed stays as it is). Stopping early
    /// without disposing (a <c>Take</c>, a <c>break</c>) keeps the channel open for later pulls.</para>
    /// <example>
    /// <code>
    /// var channel = Channel.CreateBounded&lt;long&gt;(4);
    /// var producer = Pull.Positives().WriteToAsync(channel.Writer);
    /// using (var it = channel.ToIter()) Console.WriteLine(it.Take(3).JoinToString(", ")); // 1, 2, 3
    /// await producer; // the disposal completed the channel: the producer stopped and disposed Positives()
    /// </code>
    /// </example>
    /// </remarks>
    public static Iter<T> ToIter<T>(this Channel<T> channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        return new ChannelSource<T>(channel.Reader, channel.Writer, cancellationToken);
    }
}

// Release may run on any thread: it sets _released and cancels the wait of a blocked pull.
internal sealed class ChannelSource<T>(ChannelReader<T> reader, ChannelWriter<T>? owned, CancellationToken token) : Iter<T>
{
    private volatile bool _released;
    private CancellationTokenSource? _stop; // cancelled by the caller's token or by Release; created at the first wait

    protected override bool TryAdvance(out T item)
    {
        while (!_released)
        {
            // The common case when the producer keeps up: one non-blocking read, no allocation.
            if (reader.TryRead(out item!)) return true;
            var wait = reader.WaitToReadAsync(StopToken());
            bool more;
            if (wait.IsCompletedSuccessfully)
            {
                more = wait.Result;
            }
            else
            {
                var context = BlockingWait.ClearContext();
                try
                {
                    more = BlockingWait.Wait(wait.AsTask(), StopToken());
                }
                catch (OperationCanceledException) when (!token.IsCancellationRequested && _released)
                {
                    more = false; // Dispose from another thread: report the end
                }
                finally
                {
                    BlockingWait.Restore(context);
                }
            }
            if (!more) break;
        }
        item = default!;
        return false;
    }

    private CancellationToken StopToken()
    {
        if (_stop is { } existing) return existing.Token;
        var stop = token.CanBeCanceled ? CancellationTokenSource.CreateLinkedTokenSource(token) : new CancellationTokenSource();
        Interlocked.Exchange(ref _stop, stop); // a full fence: Release either sees _stop or we see _released below
        if (_released) stop.Cancel();
        return stop.Token;
    }

    protected override void Release()
    {
        _released = true;
        try
        {
            Volatile.Read(ref _stop)?.Cancel();
        }
        finally
        {
            owned?.TryComplete();
        }
    }
}
