using System.Reactive;
using System.Reactive.Concurrency;
using System.Reactive.Disposables;
using System.Reactive.Linq;
using FsCheck.Xunit;
using Xunit;
using P = Streams.Pull;

using Streams.Tests.Doubles;

namespace Streams.Tests.Reactive;

public class IterToObservableTests
{
    [Property(MaxTest = 200)]
    public bool Pull_observable_pull_round_trip_is_identity_with_Block(int[] xs, byte c) =>
        Guard.Within(() => P.From(xs).ToObservable().ToIter(c % 8 + 1, OverflowPolicy.Block).ToList()).SequenceEqual(xs);

    [Property(MaxTest = 200)]
    public bool Pull_observable_pull_round_trip_is_identity_with_lossy_policies_when_capacity_fits(int[] xs, byte p)
    {
        var policy = (OverflowPolicy)(p % 4);
        return Guard.Within(() => P.From(xs).ToObservable().ToIter(xs.Length + 1, policy).ToList()).SequenceEqual(xs);
    }

    [Property(MaxTest = 200)]
    public bool Pull_observable_on_a_scheduler_then_pull_is_identity(int[] xs) =>
        Guard.Within(() => P.From(xs).ToObservable(TaskPoolScheduler.Default).ToIter(4, OverflowPolicy.Block).ToList()).SequenceEqual(xs);

    [Property(MaxTest = 200)]
    public bool Observable_sees_every_element_then_completes(int[] xs)
    {
        var notes = P.From(xs).ToObservable().Materialize().ToList().Wait();
        return notes.Take(xs.Length).Select(n => n.Value).SequenceEqual(xs)
            && notes.Count == xs.Length + 1 && notes[^1].Kind == NotificationKind.OnCompleted;
    }

    [Fact]
    public void Rx_Take_on_an_infinite_iterator_stops_the_loop_before_the_next_pull()
    {
        var probe = new InfiniteProbe();
        var got = Guard.Within(() => probe.ToObservable().Take(10).ToList().Wait());
        Assert.Equal(Enumerable.Range(0, 10).Select(i => (long)i), got);
        Assert.Equal(10, probe.Pulls);
        Assert.Equal(0, probe.Releases); // borrowed: the rest is left
    }

    [Fact]
    public void Rx_TakeWhile_inside_a_chain_stops_the_loop()
    {
        var probe = new InfiniteProbe();
        var got = Guard.Within(() => probe.ToObservable().Select(x => x * 2).TakeWhile(x => x < 10).ToList().Wait());
        Assert.Equal([0L, 2, 4, 6, 8], got);
        Assert.Equal(6, probe.Pulls);
    }

    [Fact]
    public void Disposing_from_inside_OnNext_stops_before_the_next_element()
    {
        var probe = new InfiniteProbe();
        var assigned = new ManualResetEventSlim();
        var stopped = new ManualResetEventSlim();
        var seen = new List<long>();
        var d = new SingleAssignmentDisposable();
        d.Disposable = probe.ToObservable(NewThreadScheduler.Default).Subscribe(x =>
        {
            assigned.Wait();
            seen.Add(x);
            if (x == 4)
            {
                d.Dispose();
                stopped.Set();
            }
        });
        assigned.Set();
        Assert.True(stopped.Wait(Guard.Timeout));
        Assert.True(SpinWait.SpinUntil(() => Volatile.Read(ref seen) is { } s && probe.Pulls == 5, Guard.Timeout));
        Assert.Equal([0L, 1, 2, 3, 4], seen);
    }

    [Fact]
    public void Iterator_exception_becomes_OnError_after_the_elements_before_it()
    {
        var probe = new Probe<int>([1, 2, 3, 4], throwAt: 2);
        var notes = probe.ToObservable().Materialize().ToList().Wait();
        Assert.Equal(3, notes.Count);
        Assert.Equal([1, 2], notes.Take(2).Select(n => n.Value));
        Assert.IsType<ProbeException>(notes[2].Exception);
        Assert.Equal(1, probe.Releases);
    }

    [Fact]
    public void Observer_exception_propagates_and_is_not_sent_as_OnError()
    {
        var probe = new Probe<int>([1, 2, 3]);
        int errors = 0;
        var observer = Observer.Create<int>(x => throw new InvalidTimeZoneException(), _ => errors++);
        Assert.Throws<InvalidTimeZoneException>(() => probe.ToObservable().Subscribe(observer));
        Assert.Equal(0, errors);
        Assert.Equal(1, probe.Releases);
    }

    [Fact]
    public void Second_subscription_sees_what_is_left_of_the_one_pass_iterator()
    {
        var observable = P.Range(0L, 10).ToObservable();
        Assert.Equal([0L, 1, 2], observable.Take(3).ToList().Wait());
        Assert.Equal([3L, 4, 5, 6, 7, 8, 9], observable.ToList().Wait());
        Assert.Empty(observable.ToList().Wait());
    }

    [Fact]
    public void Deferred_form_builds_and_disposes_a_fresh_iterator_per_subscription()
    {
        var probes = new List<InfiniteProbe>();
        var observable = ObservableInterop.ToObservable(() =>
        {
            var probe = new InfiniteProbe();
            probes.Add(probe);
            return probe;
        });
        Assert.Empty(probes); // lazy
        Assert.Equal([0L, 1, 2], observable.Take(3).ToList().Wait());
        Assert.Equal([0L, 1], observable.Take(2).ToList().Wait());
        Assert.Equal(2, probes.Count);
        Assert.All(probes, p => Assert.Equal(1, p.Releases));
        Assert.Equal([3L, 2], probes.Select(p => p.Pulls));
    }

    [Fact]
    public void Deferred_factory_exception_becomes_OnError()
    {
        var observable = ObservableInterop.ToObservable<int>(() => throw new InvalidTimeZoneException());
        var notes = observable.Materialize().ToList().Wait();
        Assert.IsType<InvalidTimeZoneException>(Assert.Single(notes).Exception);
    }

    [Fact]
    public void Scheduled_loop_runs_off_the_subscribing_thread_and_stops_when_disposed()
    {
        InfiniteProbe? probe = null;
        int loopThread = 0;
        var observable = ObservableInterop.ToObservable(() => probe = new InfiniteProbe(), NewThreadScheduler.Default);
        var sub = observable.Subscribe(_ => loopThread = Environment.CurrentManagedThreadId);
        Assert.True(SpinWait.SpinUntil(() => Volatile.Read(ref probe) is { Pulls: > 100 }, Guard.Timeout));
        sub.Dispose();
        Assert.True(SpinWait.SpinUntil(() => probe!.Releases == 1, Guard.Timeout), "the loop did not stop");
        Assert.NotEqual(Environment.CurrentManagedThreadId, loopThread);
    }

    [Fact]
    public void Disposing_before_a_scheduled_loop_starts_pulls_nothing()
    {
        var probe = new InfiniteProbe();
        var scheduler = new EventLoopScheduler();
        var gate = new ManualResetEventSlim();
        scheduler.Schedule(() => gate.Wait()); // keep the scheduler busy
        var sub = probe.ToObservable(scheduler).Subscribe(_ => { });
        sub.Dispose();
        gate.Set();
        var drained = new ManualResetEventSlim();
        scheduler.Schedule(drained.Set);
        Assert.True(drained.Wait(Guard.Timeout));
        scheduler.Dispose();
        Assert.Equal(0, probe.Pulls);
    }
}
