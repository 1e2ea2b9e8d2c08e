namespace Streams;

/// <summary>
/// What the observable-to-pull bridge (<see cref="ObservableInterop.ToIter{T}(IObservable{T}, int, OverflowPolicy)"/>)
/// does when the producer pushes an element while its bounded buffer is full.
/// </summary>
public enum OverflowPolicy
{
    /// <summary>Block the producer's <c>OnNext</c> until the puller frees a slot. Loses nothing; the producer runs
    /// at the puller's pace. The bridge subscribes on its own thread, so a synchronous producer cannot deadlock it.</summary>
    Block,

    /// <summary>Discard the incoming element; the buffer keeps the oldest <c>capacity</c> elements. Never blocks.</summary>
    DropNewest,

    /// <summary>Discard the oldest buffered element to make room; the buffer keeps the newest <c>capacity</c>
    /// elements. Never blocks.</summary>
    DropOldest,

    /// <summary>Stop: unsubscribe at once, and after the puller has taken the elements buffered before the overflow
    /// its next pull throws <see cref="InvalidOperationException"/>. Never blocks.</summary>
    Fail,
}
