using System.Reactive.Disposables;
using System.Reactive.Subjects;
using Streams.Tests.Doubles;
using Xunit;
using P = Streams.Pull;

namespace Streams.Tests.Reactive;

/// <summary>The bridges between pull and push survive hostile sources and observers: no exception escapes on a
/// thread of the bridge's, the Rx grammar holds, reentrant subscriptions do not corrupt the stream, and a bad factory
/// gets a clear error. Every test has a hang guard.</summary>
public class ObservableBridgeSoundnessTests
{
    [Fact]
    public void A_subscription_whose_Dispose_throws_on_the_bridge_thread_does_not_reach_the_process()
    {
        var inSubscribe = new ManualResetEventSlim();
        var letSubscribeReturn = new ManualResetEventSlim();
        var subscription = new CountingDisposable(new InvalidTimeZoneException());
        var source = new ManualObservable<int>(_ =>
        {
            inSubscribe.Set();
            letSubscribeReturn.Wait(Guard.Timeout);
            return subscription;
        });
        var it = source.ToIter(4, OverflowPolicy.Block);
        var puller = Task.Factory.StartNew(() => it.TryNext(out _), TaskCreationOptions.LongRunning);
        Assert.True(inSubscribe.Wait(Guard.Timeout));
        it.Dispose(); // before Subscribe returned: the bridge's own thread must dispose the subscription when it does
        Assert.False(Guard.ResultOf(puller, "the pull blocked before Dispose"));
        letSubscribeReturn.Set();
        Assert.True(SpinWait.SpinUntil(() => subscription.Disposals == 1, Guard.Timeout));
        Assert.True(((ObservableSource<int>)it).SubscribeThread!.Join(Guard.Timeout));
        Assert.Equal(1, subscription.Disposals); // and the process is still here
    }

    [Fact]
    public void Nothing_is_delivered_after_OnCompleted()
    {
        var source = new ManualObservable<int>(o =>
        {
            o.OnNext(1);
            o.OnCompleted();
            o.OnNext(2);
            o.OnError(new InvalidTimeZoneException());
            return Disposable.Empty;
        });
        Assert.Equal([1], Guard.Within(() => source.ToIter(8, OverflowPolicy.Block).ToList()));
    }

    [Fact]
    public void Nothing_is_delivered_after_OnError()
    {
        var source = new ManualObservable<int>(o =>
        {
            o.OnNext(1);
            o.OnError(new InvalidTimeZoneException());
            o.OnNext(2);
            o.OnCompleted();
            return Disposable.Empty;
        });
        var seen = new List<int>();
        Guard.Within(() =>
        {
            var it = source.ToIter(8, OverflowPolicy.DropNewest);
            Assert.Throws<InvalidTimeZoneException>(() => { while (it.TryNext(out var x)) seen.Add(x); });
            Assert.False(it.TryNext(out _));
        });
        Assert.Equal([1], seen);
    }

    [Fact]
    public void Subscribing_again_from_inside_OnNext_waits_for_the_running_pass_instead_of_interleaving()
    {
        var observable = P.From(new[] { 0, 1, 2, 3, 4, 5 }).ToObservable();
        var outer = new List<int>();
        var inner = new List<int>();
        bool innerCompleted = false, subscribed = false;
        Guard.Within(() => observable.Subscribe(x =>
        {
            outer.Add(x);
            if (subscribed) return;
            subscribed = true;
            observable.Subscribe(inner.Add, () => innerCompleted = true);
        }));
        Assert.Equal([0, 1, 2, 3, 4, 5], outer); // the running pass is not disturbed
        Assert.Empty(inner);                     // the second pass ran after it, over what it left: nothing
        Assert.True(innerCompleted);
    }

    [Fact]
    public void A_subscription_queued_from_inside_OnNext_sees_the_end_when_that_observer_throws()
    {
        var observable = P.From(new[] { 0, 1, 2, 3, 4, 5 }).ToObservable();
        var first = new List<int>();
        var inner = new List<int>();
        bool innerCompleted = false;
        Guard.Within(() => Assert.Throws<InvalidTimeZoneException>(() => observable.Subscribe(x =>
        {
            first.Add(x);
            if (x != 1) return;
            observable.Subscribe(inner.Add, () => innerCompleted = true);
            throw new InvalidTimeZoneException(); // the observer fails: its pass ends and finishes the iterator
        })));
        Assert.Equal([0, 1], first);
        Assert.Empty(inner);
        Assert.True(innerCompleted);
    }

    [Fact]
    public void A_factory_that_returns_null_gets_an_ArgumentNullException_naming_it()
    {
        Exception? error = null;
        Guard.Within(() => ObservableInterop.ToObservable<int>(() => null!).Subscribe(_ => { }, e => error = e));
        var missing = Assert.IsType<ArgumentNullException>(error);
        Assert.Equal("factory", missing.ParamName);
        Assert.Throws<ArgumentNullException>("factory", () => ObservableInterop.ToObservable<int>((Func<Iter<int>>)null!));
    }

    [Fact]
    public void Dispose_from_another_thread_wakes_a_blocked_pull_which_reports_the_end()
    {
        var subject = new Subject<int>();
        var it = subject.ToIter(4, OverflowPolicy.Block);
        var puller = Task.Factory.StartNew(() => it.TryNext(out _), TaskCreationOptions.LongRunning);
        Assert.True(SpinWait.SpinUntil(() => subject.HasObservers, Guard.Timeout));
        it.Dispose();
        Assert.False(Guard.ResultOf(puller, "the pull blocked before Dispose"));
        Assert.False(subject.HasObservers);
    }
}
