using System.Runtime.ExceptionServices;

namespace Streams;

public static partial class ChannelInterop
{
    /// <summary>Writes every element of a pull iterator to a channel, with the channel's backpressure, then completes
    /// it: a producer task.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The iterator; the producer owns it and disposes it when it stops, for whatever reason.</param>
    /// <param name="writer">Where to write. Completed when <paramref name="source"/> ends (<c>TryComplete()</c>),
    /// fails (<c>TryComplete(exception)</c>) or the token is cancelled (<c>TryComplete</c> with the
    /// <see cref="OperationCanceledException"/>), always <b>after</b> <paramref name="source"/> is disposed: a reader
    /// that sees the channel's end, fault or cancellation finds the iterator released.</param>
    /// <param name="cancellationToken">Stops the producer before its next pull or while it waits for room.</param>
    /// <returns>A task that completes when the producer has stopped and disposed <paramref name="source"/>: successfully
    /// when the iterator ended or the channel was completed by someone else (the consumer stopped early); faulted with
    /// the iterator's exception; cancelled when <paramref name="cancellationToken"/> was.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="writer"/> is <see langword="null"/>.</exception>
    /// <remarks>
    /// <para><b>Threads</b>: the pull loop runs on the thread pool, never on the calling thread, so this method returns
    /// at once even for a synchronous infinite iterator. While the channel is full (a bounded channel in
    /// <see cref="BoundedChannelFullMode.Wait"/> mode) the producer awaits room without holding a thread.</para>
    /// <para><b>Backpressure and infinite sources</b>: with <see cref="BoundedChannelFullMode.Wait"/> at most the
    /// channel's capacity is ever pulled ahead of the consumer. With a dropping full mode, or an unbounded channel, an
    /// infinite iterator is pulled for as long as nobody cancels or completes the channel.</para>
    /// <para><b>Stopping early</b>: if the consumer completes the channel (for example by disposing
    /// <see cref="ToIter{T}(Channel{T}, CancellationToken)"/>), the next write fails, the producer stops and disposes
    /// <paramref name="source"/>; the element it held is dropped. If the channel was completed with an exception, the
    /// task faults with it.</para>
    /// <example>
    /// <code>
    /// var channel = Channel.CreateBounded&lt;int&gt;(new BoundedChannelOptions(8) { FullMode = BoundedChannelFullMode.Wait });
    /// var producer = Pull.Range(0, 1000).Map(x =&gt; x * x).WriteToAsync(channel.Writer);
    /// await foreach (var x in channel.Reader.ReadAllAsync()) Console.WriteLine(x);
    /// await producer;
    /// </code>
    /// </example>
    /// </remarks>
    public static Task WriteToAsync<T>(this Iter<T> source, ChannelWriter<T> writer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(writer);
        return Task.Run(() => Produce(source, writer, cancellationToken), CancellationToken.None);
    }

    // Releases the iterator before completing the channel, on every path: a reader that sees the channel's end, fault
    // or cancellation finds the iterator already released (the ownership law, across the channel).
    private static async Task Produce<T>(Iter<T> source, ChannelWriter<T> writer, CancellationToken token)
    {
        Exception? error = null;
        try
        {
            await Pump(source, writer, token).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            error = e;
        }
        try
        {
            source.Dispose();
        }
        catch (Exception releaseError) when (error is not null)
        {
            error.Data[Pull.ReleaseExceptionKey] = releaseError; // the pull's own exception wins, as in TryNext
        }
        catch (Exception releaseError)
        {
            error = releaseError;
        }
        writer.TryComplete(error); // false when the consumer completed it first: it stays as the consumer left it
        if (error is not null) ExceptionDispatchInfo.Throw(error); // an OperationCanceledException cancels the task
    }

    private static async Task Pump<T>(Iter<T> source, ChannelWriter<T> writer, CancellationToken token)
    {
        while (true)
        {
            token.ThrowIfCancellationRequested();
            if (!source.TryNext(out var item)) return;
            // TryWrite succeeds while there is room: no allocation, no await. Otherwise wait for room or completion.
            while (!writer.TryWrite(item))
            {
                if (!await writer.WaitToWriteAsync(token).ConfigureAwait(false)) return; // completed by the consumer
            }
        }
    }
}
