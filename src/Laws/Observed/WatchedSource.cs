namespace Streams.Laws;

// One source a law subject reads, and what can be observed of it. Every kind of source reports how many elements were
// taken from it (by pulls or through a capability such as the span cursor), whether nothing remains, and whether it
// was released. Only an instrumented source (a counting user iterator) reports exact release counts, whether it said
// end itself, pulls after its end and the exception it threw; the others report a release as "finished" (0 or 1),
// since Iter<T>.Dispose is idempotent and a memory-backed source finishes only at its end or when released.
internal sealed class WatchedSource
{
    // What the source is, for counterexamples ("probe [1,2]", "array of 3").
    public required string Name { get; init; }

    // The source itself, so that a law can dispose a borrowed source as its lender would.
    public required IDisposable Iterator { get; init; }

    // How many elements were taken from it.
    public required Func<int> Taken { get; init; }

    // How many times it was asked for an element, end included, where it can tell; else Taken.
    public Func<int>? Calls { get; init; }

    // Exact release count when ExactEnd, else 1 when finished and 0 when not.
    public required Func<int> Releases { get; init; }

    // ExactEnd: it said end itself. Otherwise: nothing remains (an end reached through a capability says nothing).
    public required Func<bool> AtEnd { get; init; }

    // Whether AtEnd is exact: the source was pulled to its own end, which is exactly when it releases itself.
    public bool ExactEnd { get; init; }

    // Whether anything pulled it after it said end (only an instrumented source can tell).
    public Func<bool> PulledAfterEnd { get; init; } = () => false;

    // The exception it threw, if it was made to throw.
    public Func<Exception?> Thrown { get; init; } = () => null;

    public override string ToString() => Name;
}
