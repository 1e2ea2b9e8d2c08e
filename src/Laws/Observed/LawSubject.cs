namespace Streams.Laws;

// What an observed law needs to know about the iterator under test: how to build a fresh one (recording its sources
// in the log), the oracle's output, which sources it owns, and its laziness contract.
internal sealed record LawSubject<T>(Func<SourceLog, Iter<T>> Build, IReadOnlyList<T> Expected)
{
    // Whether a source taken in at a stage is owned by the iterator (false below a stage that borrows, like ByRef).
    public Func<int, bool> Owned { get; init; } = _ => true;

    // How elements are compared with the model's.
    public IEqualityComparer<T> Comparer { get; init; } = EqualityComparer<T>.Default;

    // The most primary-source elements it may take to give k outputs; null: no bound.
    public Func<int, int?> MaxPulls { get; init; } = _ => null;

    // How many exceptions stages inside the subject caught and turned into values so far (a test-side wrapper that
    // makes a strict zip's mismatch a value). Each released the stages below the catcher, so after one the sources
    // below may be released 0 or 1 times.
    public Func<int> Interceptions { get; init; } = () => 0;
}
