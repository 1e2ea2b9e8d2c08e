namespace Streams;

/// <summary>
/// Sources, operators and terminal operations for <see cref="Iter{T}"/> pipelines.
/// </summary>
/// <remarks>
/// <para>Sources (<c>Positives</c>, <c>Range</c>, <c>Repeat</c>, <c>From</c>, ...) build iterators; operators
/// (<c>Map</c>, <c>Filter</c>, <c>Take</c>, <c>Chain</c>, ...) are lazy: they check their arguments at once and do
/// their work only as elements are pulled. Terminals (<c>Sum</c>, <c>Count</c>, <c>ToList</c>, ...) consume, using
/// internal iteration so that the whole pipeline runs as one loop.</para>
/// <para>Ownership is Python's: an iterator is released when it reaches its own end, when it throws, or when it or
/// a stage below it is disposed; never because a downstream stage stopped early. Pulling from an iterator that an
/// operator also pulls interleaves with it (as in Python); after <c>it.Take(3).ToList()</c>, <c>it.Next()</c> gives
/// the fourth element. Disposing an operator disposes the iterators it was given.</para>
/// </remarks>
public static partial class Pull
{
    /// <summary>The <see cref="Exception.Data"/> key under which a release exception travels with the exception that
    /// caused the release.</summary>
    /// <remarks>When a pull or fold throws, the iterator is released; if releasing throws too, the caller still sees
    /// the original exception, and the release exception (an <see cref="AggregateException"/> when several owned
    /// iterators failed to release) is stored in <c>error.Data[ReleaseExceptionKey]</c>.</remarks>
    public const string ReleaseExceptionKey = "Streams.ReleaseException";
}
