namespace Streams;

/// <summary>
/// Adapters between <see cref="Iter{T}"/> pull iterators and <see cref="System.Threading.Channels"/> channels, the
/// BCL's bounded producer/consumer queues.
/// </summary>
/// <remarks>
/// <para>Channel to pull (<c>ToIter</c>): each pull takes the next element, <b>blocking</b> while the channel is
/// empty; the channel's completion ends the iterator and its fault is thrown by the pull.</para>
/// <para>Pull to channel (<see cref="WriteToAsync{T}(Iter{T}, ChannelWriter{T}, CancellationToken)"/>): a producer
/// that pulls on the thread pool and writes with the channel's backpressure (a bounded channel in
/// <see cref="BoundedChannelFullMode.Wait"/> mode makes it wait for room); the iterator's end or fault completes the
/// channel.</para>
/// <para>Stopping early on either side releases the other: disposing a <c>ToIter</c> over a <see cref="Channel{T}"/>
/// completes the channel, which stops a <c>WriteToAsync</c> producer, which disposes its iterator.</para>
/// </remarks>
public static partial class ChannelInterop
{
}
