using System.Reactive.Concurrency;
using System.Reactive.Disposables;
using System.Reactive.Linq;
using System.Reactive.Subjects;
using FsCheck.Xunit;
using Xunit;
using P = Streams.Pull;

using Streams.Tests.Doubles;

namespace Streams.Tests.Reactive;

public class ObservableToIterTests
{
    public static TheoryData<OverflowPolicy> Policies =>
        [OverflowPolicy.Block, OverflowPolicy.DropNewest, OverflowPolicy.DropOldest, OverflowPolicy.Fail];

    private static ObservableSource<T> Bridge<T>(Iter<T> it) => Assert.IsType<ObservableSource<T>>(it);

    [Property(MaxTest = 200)]
    public bool Asynchronous_producer_round_trip_with_Block_is_identity(int[] xs, byte c) =>
        Guard.Within(() => xs.ToObservable(TaskPoolScheduler.Default).ToIter(c % 8 + 1, OverflowPolicy.Block).ToList())
            .SequenceEqual(xs);

    [Property(MaxTest = 200)]
    public bool Producer_error_arrives_once_after_the_elements_buffered_before_it(int[] xs, byte c)
    {
        var source = xs.ToObservable(ImmediateScheduler.Instance).Concat(Observable.Throw<int>(new InvalidTimeZoneException()));
        return Guard.Within(() =>
        {
            var it = source.ToIter(c % 8 + 1, OverflowPolicy.Block);
            var seen = new List<int>();
            var ex = Assert.Throws<InvalidTimeZoneException>(() => { while (it.TryNext(out var x)) seen.Add(x); });
            Assert.False(it.TryNext(out _)); // delivered once
            Assert.True(Bridge(it).SubscribeThread!.Join(Guard.Timeout));
            return seen.SequenceEqual(xs);
        });
    }

    [Theory]
    [MemberData(nameof(Policies))]
    public void Synchronous_infinite_producer_then_Take_10_finishes_with_bounded_memory(OverflowPolicy policy)
    {
        long producerAllocated = 0;
        var producerDone = new ManualResetEventSlim();
        var source = Observable.Create<int>((IObserver<int> o) =>
        {
            try
            {
                long start = GC.GetAllocatedBytesForCurrentThread();
                for (int i = 0; ; i++)
                {
                    o.OnNext(i); // never looks at disposal: only an exception from OnNext can stop it
                    if ((i & 1023) == 0) Volatile.Write(ref producerAllocated, GC.GetAllocatedBytesForCurrentThread() - start);
                }
            }
            finally
            {
                producerDone.Set();
            }
#pragma warning disable CS0162 // the loop above only ends by an exception
            return Disposable.Empty;
#pragma warning restore CS0162
        });
        var (got, consumerAllocated, bridge) = Guard.Within(() =>
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            var it = source.ToIter(16, policy);
            var list = it.Map(x => { Thread.SpinWait(1000); return x; }).Take(10).ToList(); // slower than the producer
            it.Dispose(); // a Take stopping early keeps its upstream: the bridge is released here
            return (list, GC.GetAllocatedBytesForCurrentThread() - before, Bridge(it));
        });
        Assert.Equal(10, got.Count);
        if (policy != OverflowPolicy.DropOldest) Assert.Equal(0, got[0]);
        Assert.True(got.Zip(got.Skip(1)).All(p => p.First < p.Second), "order is kept");
        if (policy is OverflowPolicy.Block or OverflowPolicy.Fail) Assert.Equal(Enumerable.Range(0, 10), got);
        Assert.True(producerDone.Wait(Guard.Timeout), "the producer loop is still running");
        Assert.True(bridge.SubscribeThread!.Join(Guard.Timeout), "the subscribing thread is still running");
        Assert.True(bridge.MaxBuffered <= 16);
        Assert.True(consumerAllocated < 1_000_000, $"consumer allocated {consumerAllocated} bytes");
        Assert.True(Volatile.Read(ref producerAllocated) < 1_000_000, $"producer allocated {producerAllocated} bytes");
    }

    // An asynchronous producer that stops when its subscription is disposed, and counts the disposals.
    private sealed class CountingProducer
    {
        public int Subscriptions;
        public int Disposals;
        public readonly ManualResetEventSlim Finished = new();

        public IObservable<int> Observable => System.Reactive.Linq.Observable.Create<int>(o =>
        {
            Interlocked.Increment(ref Subscriptions);
            var cts = new CancellationTokenSource();
            var thread = new Thread(() =>
            {
                try
                {
                    for (int i = 0; !cts.IsCancellationRequested; i++) o.OnNext(i);
                }
                finally
                {
                    Finished.Set();
                }
            });
            thread.Start();
            return Disposable.Create(() =>
            {
                Interlocked.Increment(ref Disposals);
                cts.Cancel();
            });
        });
    }

    [Theory]
    [MemberData(nameof(Policies))]
    public void Early_stop_disposes_the_subscription_exactly_once_and_leaves_no_thread(OverflowPolicy policy)
    {
        var producer = new CountingProducer();
        var it = producer.Observable.ToIter(8, policy);
        Assert.Equal(0, producer.Subscriptions); // lazy
        var got = Guard.Within(() =>
        {
            var first = it.Take(5).ToList();
            it.Dispose(); // a Take stopping early keeps its upstream: the bridge is released here
            return first;
        });
        Assert.Equal(5, got.Count);
        Assert.True(Bridge(it).SubscribeThread!.Join(Guard.Timeout));
        Assert.True(producer.Finished.Wait(Guard.Timeout), "the producer thread is still running");
        it.Dispose();
        Assert.Equal(1, producer.Subscriptions);
        Assert.Equal(1, producer.Disposals);
    }

    [Fact]
    public void Disposing_mid_stream_unblocks_a_blocked_producer_and_unsubscribes()
    {
        var producer = new CountingProducer();
        var it = producer.Observable.ToIter(2, OverflowPolicy.Block);
        Guard.Within(() =>
        {
            Assert.Equal(0, it.Next());
            Assert.True(SpinWait.SpinUntil(() => Bridge(it).MaxBuffered == 2, Guard.Timeout)); // producer now blocks
            it.Dispose();
        });
        Assert.True(producer.Finished.Wait(Guard.Timeout), "the blocked producer was not released");
        Assert.True(Bridge(it).SubscribeThread!.Join(Guard.Timeout));
        Assert.Equal(1, producer.Disposals);
        Assert.False(it.TryNext(out _));
    }

    [Fact]
    public void Consumer_error_downstream_disposes_the_producer()
    {
        var producer = new CountingProducer();
        var it = producer.Observable.ToIter(8, OverflowPolicy.Block);
        var pipeline = it.Map(x => x < 3 ? x : throw new InvalidTimeZoneException());
        Guard.Within(() => Assert.Throws<InvalidTimeZoneException>(() => pipeline.ToList()));
        Assert.True(producer.Finished.Wait(Guard.Timeout));
        Assert.True(Bridge(it).SubscribeThread!.Join(Guard.Timeout));
        Assert.Equal(1, producer.Disposals);
    }

    [Fact]
    public void Disposing_before_the_first_pull_never_subscribes()
    {
        var producer = new CountingProducer();
        var it = producer.Observable.ToIter(8, OverflowPolicy.Block);
        it.Dispose();
        Assert.False(it.TryNext(out _));
        Assert.Equal(0, producer.Subscriptions);
        Assert.Null(Bridge(it).SubscribeThread);
    }

    [Theory]
    [MemberData(nameof(Policies))]
    public void Slow_consumer_fast_producer_memory_stays_within_capacity(OverflowPolicy policy)
    {
        const int n = 200_000;
        const int capacity = 64;
        var it = Observable.Range(0, n, NewThreadScheduler.Default).ToIter(capacity, policy);
        // The source is 0, 1, 2, ...: `prefix` stays true while the i-th element pulled is i (an unbroken prefix of the
        // source, in order); `increasing` while each element is greater than the one before (order, gaps allowed).
        var (count, sum, failed, prefix, increasing) = Guard.Within(() =>
        {
            long c = 0, s = 0, last = -1;
            bool p = true, inc = true;
            try
            {
                while (it.TryNext(out var x))
                {
                    p &= x == c;
                    inc &= x > last;
                    last = x;
                    c++;
                    s += x;
                    if ((c & 1023) == 0) Thread.SpinWait(20_000); // now and then much slower than the producer
                }
            }
            catch (InvalidOperationException)
            {
                return (c, s, true, p, inc);
            }
            return (c, s, false, p, inc);
        });
        var bridge = Bridge(it);
        Assert.True(bridge.MaxBuffered <= capacity, $"buffered {bridge.MaxBuffered}");
        Assert.True(increasing, "push order is kept");
        Assert.False(failed && policy != OverflowPolicy.Fail, "only the Fail policy throws");
        switch (policy)
        {
            case OverflowPolicy.Block:
                Assert.Equal(n, count);
                Assert.True(prefix, "every element, in order");
                Assert.Equal((long)n * (n - 1) / 2, sum);
                Assert.Equal(0, bridge.Dropped);
                break;
            case OverflowPolicy.Fail:
                // Before the overflow: exactly the first `count` elements of the source, in order, none dropped;
                // without one: all of them.
                Assert.True(prefix, $"the {count} elements delivered are not the source's first {count}, in order");
                Assert.Equal(count * (count - 1) / 2, sum);
                Assert.Equal(0, bridge.Dropped);
                if (!failed)
                {
                    Assert.Equal(n, count);
                    Assert.Equal((long)n * (n - 1) / 2, sum);
                }
                else
                {
                    Assert.InRange(count, 0, n - 1); // the overflow came before the end: something was lost
                }
                break;
            default:
                Assert.Equal(n, count + bridge.Dropped);
                break;
        }
    }

    // Deterministic overflow: the consumer holds element 0 in its pipeline while the test pushes 1..6 into capacity 4.
    [Theory]
    [InlineData(OverflowPolicy.DropNewest, new[] { 0, 1, 2, 3, 4 }, false)]
    [InlineData(OverflowPolicy.DropOldest, new[] { 0, 3, 4, 5, 6 }, false)]
    [InlineData(OverflowPolicy.Fail, new[] { 0, 1, 2, 3, 4 }, true)]
    public void Overflow_policies_keep_drop_or_fail_as_documented(OverflowPolicy policy, int[] expected, bool fails)
    {
        var subject = new Subject<int>();
        var it = subject.ToIter(4, policy);
        var holding = new ManualResetEventSlim();
        var release = new ManualResetEventSlim();
        var (seen, error) = RunWhileFeeding(it, policy, subject, holding, release);
        Assert.Equal(expected, seen);
        if (fails) Assert.IsType<InvalidOperationException>(error);
        else Assert.Null(error);
        Assert.Equal(fails ? 0 : 2, Bridge(it).Dropped);
    }

    private static (List<int>, Exception?) RunWhileFeeding(Iter<int> it, OverflowPolicy policy, Subject<int> subject,
        ManualResetEventSlim holding, ManualResetEventSlim release)
    {
        bool fails = policy == OverflowPolicy.Fail;
        var consumer = Task.Factory.StartNew(() =>
        {
            var seen = new List<int>();
            var pipeline = it.Map(x =>
            {
                if (x == 0)
                {
                    holding.Set();
                    release.Wait();
                }
                return x;
            });
            try
            {
                while (pipeline.TryNext(out var x)) seen.Add(x);
                return (seen, (Exception?)null);
            }
            catch (Exception e)
            {
                return (seen, e);
            }
        }, TaskCreationOptions.LongRunning);
        Assert.True(SpinWait.SpinUntil(() => subject.HasObservers, Guard.Timeout));
        subject.OnNext(0);
        Assert.True(holding.Wait(Guard.Timeout));
        for (int i = 1; i <= 6; i++) subject.OnNext(i);
        if (fails) Assert.False(subject.HasObservers); // the overflow unsubscribed at once
        subject.OnCompleted();
        release.Set();
        Assert.True(consumer.Wait(Guard.Timeout));
        return consumer.Result;
    }

    [Fact]
    public void Blocking_push_from_the_pulling_thread_throws_instead_of_deadlocking()
    {
        var subject = new Subject<int>();
        var it = subject.ToIter(1, OverflowPolicy.Block);
        Guard.Within(() =>
        {
            var feeder = Task.Run(() =>
            {
                SpinWait.SpinUntil(() => subject.HasObservers);
                subject.OnNext(0);
            });
            var pipeline = it.Map(x =>
            {
                subject.OnNext(x + 1); // fills the buffer (capacity 1)
                subject.OnNext(x + 2); // full, and we are the puller: would deadlock
                return x;
            });
            Assert.Throws<InvalidOperationException>(() => pipeline.Next());
            Assert.True(feeder.Wait(Guard.Timeout));
        });
    }

    [Fact]
    public void Arguments_are_checked_eagerly()
    {
        var source = Observable.Return(1);
        Assert.Throws<ArgumentNullException>(() => ObservableInterop.ToIter<int>(null!, 1, OverflowPolicy.Block));
        Assert.Throws<ArgumentOutOfRangeException>(() => source.ToIter(0, OverflowPolicy.Block));
        Assert.Throws<ArgumentOutOfRangeException>(() => source.ToIter(1, (OverflowPolicy)42));
    }

    [Fact]
    public void Subscribe_exception_surfaces_at_the_pull()
    {
        var source = Observable.Create<int>(Fail);
        static IDisposable Fail(IObserver<int> _) => throw new InvalidTimeZoneException();
        var it = source.ToIter(4, OverflowPolicy.Block);
        Guard.Within(() => Assert.Throws<InvalidTimeZoneException>(() => it.Next()));
    }

    [Fact]
    public void Works_with_Rx_range_on_the_default_synchronous_scheduler()
    {
        var sum = Guard.Within(() => Observable.Range(0, 10_000).ToIter(3, OverflowPolicy.Block).Map(x => (long)x).Sum());
        Assert.Equal(10_000L * 9_999 / 2, sum);
        Assert.Equal(55L, Guard.Within(() => P.Range(1, 11).ToObservable().ToIter(1, OverflowPolicy.Block).Sum()));
    }
}
