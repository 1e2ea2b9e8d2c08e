using System.Reactive.Disposables;
using System.Reactive.Subjects;
using FsCheck.Xunit;
using Streams.Tests.Doubles;
using Xunit;

namespace Streams.Tests.Reactive;

/// <summary>Hot and cold: <see cref="SubscribeAt.Now"/> keeps what a hot source pushes before the first pull;
/// <see cref="SubscribeAt.FirstPull"/> subscribes only when pulled.</summary>
public class ObservableToIterHotTests
{
    [Fact]
    public void Now_keeps_what_a_Subject_pushes_before_the_first_pull()
    {
        var subject = new Subject<int>();
        using var it = subject.ToIter(64, OverflowPolicy.Block, SubscribeAt.Now);
        Assert.True(subject.HasObservers); // subscribed before ToIter returned
        subject.OnNext(1);
        subject.OnNext(2);
        subject.OnNext(3);
        subject.OnCompleted();
        Assert.Equal(6, Guard.Within(() => it.Sum()));
    }

    [Fact]
    public void FirstPull_subscribes_at_the_first_pull_so_earlier_pushes_of_a_Subject_are_lost()
    {
        var subject = new Subject<int>();
        using var it = subject.ToIter(64, OverflowPolicy.Block, SubscribeAt.FirstPull);
        subject.OnNext(1); // nobody listens yet
        Assert.False(subject.HasObservers);
        var sum = Task.Factory.StartNew(() => it.Sum(), TaskCreationOptions.LongRunning);
        Assert.True(SpinWait.SpinUntil(() => subject.HasObservers, Guard.Timeout));
        subject.OnNext(2);
        subject.OnCompleted();
        Assert.Equal(2, Guard.ResultOf(sum, "the sum"));
    }

    [Property(MaxTest = 100)]
    public bool Now_with_a_hot_source_fed_from_another_thread_loses_nothing_under_Block(int[] xs, byte capacity)
    {
        var subject = new Subject<int>();
        var it = subject.ToIter(capacity % 8 + 1, OverflowPolicy.Block, SubscribeAt.Now);
        var feeder = Task.Factory.StartNew(() =>
        {
            foreach (var x in xs) subject.OnNext(x);
            subject.OnCompleted();
        }, TaskCreationOptions.LongRunning);
        var got = Guard.Within(() => it.ToList());
        Guard.Finishes(feeder, "the feeder");
        return got.SequenceEqual(xs);
    }

    [Fact]
    public void Now_with_a_synchronous_cold_source_larger_than_the_capacity_fails_instead_of_deadlocking()
    {
        var source = new ManualObservable<int>(o =>
        {
            for (int i = 0; i < 100; i++) o.OnNext(i); // on the caller's thread, inside ToIter
            o.OnCompleted();
            return Disposable.Empty;
        });
        var it = Guard.Within(() => source.ToIter(4, OverflowPolicy.Block, SubscribeAt.Now));
        var seen = new List<int>();
        Guard.Within(() => Assert.Throws<InvalidOperationException>(() => { while (it.TryNext(out var x)) seen.Add(x); }));
        Assert.Equal([0, 1, 2, 3], seen);
    }

    [Fact]
    public void Now_with_a_dropping_policy_keeps_the_newest_of_a_synchronous_burst()
    {
        var subject = new Subject<int>();
        var it = subject.ToIter(3, OverflowPolicy.DropOldest, SubscribeAt.Now);
        for (int i = 0; i < 10; i++) subject.OnNext(i);
        subject.OnCompleted();
        Assert.Equal([7, 8, 9], Guard.Within(() => it.ToList()));
    }

    [Fact]
    public void An_undefined_subscription_time_is_rejected_and_named()
    {
        var subject = new Subject<int>();
        Assert.Throws<ArgumentOutOfRangeException>("subscribeAt", () => subject.ToIter(4, OverflowPolicy.Block, (SubscribeAt)7));
        Assert.False(subject.HasObservers);
    }
}
