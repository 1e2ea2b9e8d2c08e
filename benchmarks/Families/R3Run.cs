using R3;

namespace Streams.Benchmarks.Families;

/// <summary>R3's terminal as its docs show one (an <c>...Async</c> aggregate returning a Task), with wrapping
/// arithmetic like every other column. R3's array sources run immediately, so the Task is complete on return.</summary>
public static class R3Run
{
    public static long Sum(Observable<long> source) => source.AggregateAsync(0L, static (a, x) => unchecked(a + x)).GetAwaiter().GetResult();
}
