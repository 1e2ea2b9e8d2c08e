using System.Reactive.Disposables;
using System.Reactive.Linq;

namespace Streams.Benchmarks.Families;

/// <summary>
/// A flag the end of an Rx pipeline sets (via Do(onCompleted), on the completion Take sends) so that a synchronous source stops pushing. A synchronous
/// Observable.Create loop cannot be disposed while it runs (Subscribe has not returned yet), so without this an
/// infinite synchronous source never ends and a Take would leave the source pushing into a completed chain.
/// </summary>
public sealed class StopFlag
{
    public volatile bool Stopped;

    public void Set() => Stopped = true;
}

/// <summary>Rx sources: a synchronous push loop, and Rx's own default-scheduler sources.</summary>
public static class RxSources
{
    /// <summary>Synchronous source: pushes the array in a plain loop inside Subscribe.</summary>
    public static IObservable<long> Sync(long[] source) => Sync(source, null);

    /// <summary>Synchronous source that stops early once <paramref name="stop"/> is set.</summary>
    public static IObservable<long> Sync(long[] source, StopFlag? stop) =>
        Observable.Create<long>(observer =>
        {
            foreach (var x in source)
            {
                if (stop is { Stopped: true }) break;
                observer.OnNext(x);
            }
            observer.OnCompleted();
            return Disposable.Empty;
        });

    /// <summary>Rx's own enumerable source on its default scheduler (CurrentThreadScheduler: one trampolined work item per element).</summary>
    public static IObservable<long> Default(long[] source) => source.ToObservable();

    /// <summary>Synchronous infinite 1, 2, 3, ...; stops when <paramref name="stop"/> is set.</summary>
    public static IObservable<long> SyncPositives(StopFlag stop) =>
        Observable.Create<long>(observer =>
        {
            for (long i = 1; !stop.Stopped; i++) observer.OnNext(i);
            observer.OnCompleted();
            return Disposable.Empty;
        });

    /// <summary>Infinite 1, 2, 3, ... on Rx's default scheduler (Generate; disposable between elements).</summary>
    public static IObservable<long> DefaultPositives() => Observable.Generate(1L, _ => true, i => i + 1, i => i);
}

/// <summary>The Rx terminal: a wrapping sum (Rx's Sum is checked), waited for synchronously.</summary>
public static class RxRun
{
    public static long Sum(IObservable<long> source) => source.Aggregate(0L, (a, x) => unchecked(a + x)).Wait();
}

/// <summary>The observable→pull bridge as the benchmarks use it.</summary>
public static class Bridge
{
    /// <summary>
    /// A source function for nested pipelines: the outer arrays cross from push (Rx default scheduler) into pull once,
    /// through a bounded Block buffer; the inner array (<paramref name="inner"/>) stays pull. Bridging every inner
    /// pipeline would measure one subscription thread per outer element, not the bridge's throughput.
    /// </summary>
    public static Func<long[], Iter<long>> OuterOnly(long[] inner) =>
        a => ReferenceEquals(a, inner) ? Pull.From(a) : RxSources.Default(a).ToIter(1024, OverflowPolicy.Block);
}
