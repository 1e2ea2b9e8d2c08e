namespace Streams.Tests.Doubles;

/// <summary>An observable that runs <c>subscribe</c> as written, with no Rx safety wrapper in between: a test can push
/// after <c>OnCompleted</c>, return a subscription whose <c>Dispose</c> throws, or block inside <c>Subscribe</c>.</summary>
public sealed class ManualObservable<T>(Func<IObserver<T>, IDisposable> subscribe) : IObservable<T>
{
    public IDisposable Subscribe(IObserver<T> observer) => subscribe(observer);
}

/// <summary>A subscription that counts its disposals and can throw from <c>Dispose</c>.</summary>
public sealed class CountingDisposable(Exception? throws = null) : IDisposable
{
    private int _disposals;

    public int Disposals => Volatile.Read(ref _disposals);

    public void Dispose()
    {
        Interlocked.Increment(ref _disposals);
        if (throws is not null) throw throws;
    }
}
