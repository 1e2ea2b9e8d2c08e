namespace Streams;

// Switches that plant one known bug each in a fast path, for the property suite's planted-bug tests only: each test
// turns one on and shows that the law table, run over the source shapes that reach that path, catches it. They are
// thread-static, so a test turns a bug on for its own thread (FsCheck runs a property synchronously on it) while other
// tests run in parallel; they are false everywhere else. Each is read only in a branch that runs once per fold that
// stops, per vectorised sum or per count query, never once per element.
internal static class PlantedBugs
{
    // SpanCursor.Fold: when the sink stops, the position stays on the element just pushed instead of moving past it,
    // so the next pull pushes it again (an advance off by one).
    [ThreadStatic]
    internal static bool SpanFoldStopsOneEarly;

    // SkipIter.TryGetRemainingCount: reports one more element than remains.
    [ThreadStatic]
    internal static bool SkipCountOneHigh;

    // VectorSum: the last element after the whole vectors is not added.
    [ThreadStatic]
    internal static bool VectorSumDropsLast;
}
