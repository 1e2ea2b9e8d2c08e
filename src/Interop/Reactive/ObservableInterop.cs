namespace Streams;

/// <summary>
/// Adapters between <see cref="Iter{T}"/> pull iterators and Rx <see cref="IObservable{T}"/> push sequences.
/// </summary>
/// <remarks>
/// <para>Pull to push (<c>ToObservable</c>): subscribing drives the pull loop; disposing the subscription stops it
/// before the next element.</para>
/// <para>Push to pull (<c>ToIter</c>): a <b>bounded</b> buffer between the producer and the puller, with an explicit
/// <see cref="OverflowPolicy"/>; it never buffers without bound, never deadlocks on a synchronous source and
/// unsubscribes as soon as the puller stops.</para>
/// </remarks>
public static partial class ObservableInterop
{
}
