namespace Streams;

/// <summary>
/// Sources, operators and terminal operations for <see cref="Iter{T}"/> pipelines.
/// </summary>
/// <remarks>
/// <para>Sources (<c>Positives</c>, <c>Range</c>, <c>Repeat</c>, <c>From</c>, ...) build iterators; operators
/// (<c>Map</c>, <c>Filter</c>, <c>Take</c>, <c>Chain</c>, ...) are lazy: they check their arguments at once and do
/// their work only as elements are pulled. Terminals (<c>Sum</c>, <c>Count</c>, <c>ToList</c>, ...) consume, using
/// internal iteration so that the whole pipeline runs as one loop.</para>
/// <para>Each operator owns the iterator it was given: pulling from that iterator directly afterwards interleaves
/// with the operator (as in Python), and disposing the operator disposes it. Lend an iterator with
/// <c>ByRef()</c> to keep it after the operator is done.</para>
/// </remarks>
public static partial class Pull
{
}
