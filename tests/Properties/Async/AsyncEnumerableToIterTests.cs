using System.Runtime.CompilerServices;
using FsCheck.Xunit;
using Xunit;

using Streams.Tests.Doubles;

namespace Streams.Tests.Async;

public class AsyncEnumerableToIterTests
{
    // Really asynchronous: every third element resumes on the thread pool.
    private static async IAsyncEnumerable<int> Yielding(int[] xs, StrongBox<int>? disposals = null)
    {
        try
        {
            for (int i = 0; i < xs.Length; i++)
            {
                if (i % 3 == 0) await Task.Yield();
                yield return xs[i];
            }
        }
        finally
        {
            if (disposals is not null) Interlocked.Increment(ref disposals.Value);
        }
    }

    private static async IAsyncEnumerable<int> Ticks(StrongBox<int> disposals, [EnumeratorCancellation] CancellationToken ct = default)
    {
        try
        {
            for (int i = 0; ; i++)
            {
                await Task.Delay(1, ct);
                yield return i;
            }
        }
        finally
        {
            Interlocked.Increment(ref disposals.Value);
        }
    }

    [Property(MaxTest = 200)]
    public bool Async_to_pull_preserves_every_element(int[] xs) =>
        Guard.Within(() => Yielding(xs).ToIter().ToList()).SequenceEqual(xs);

    [Fact]
    public async Task No_deadlock_when_pulled_from_a_thread_pool_thread()
    {
        var xs = Enumerable.Range(0, 1000).ToArray();
        var task = Task.Run(() => Yielding(xs).ToIter().ToList());
        Assert.Equal(xs, await task.WaitAsync(Guard.Timeout)); // TimeoutException if it deadlocked
    }

    [Fact]
    public void No_deadlock_under_a_single_threaded_context_that_is_blocked()
    {
        var disposals = new StrongBox<int>();
        var result = Guard.Within(() =>
        {
            var blocked = new NeverPumpedContext();
            SynchronizationContext.SetSynchronizationContext(blocked);
            using var it = Ticks(disposals).ToIter(); // a Take stopping early keeps its upstream: dispose it
            var list = it.Take(5).ToList();
            Assert.Same(blocked, SynchronizationContext.Current); // restored
            return list;
        });
        Assert.Equal([0, 1, 2, 3, 4], result);
        Assert.Equal(1, disposals.Value);
    }

    [Fact]
    public void Early_stop_disposes_the_async_enumerator_exactly_once()
    {
        var disposals = new StrongBox<int>();
        var it = Yielding(Enumerable.Range(0, 100).ToArray(), disposals).ToIter();
        Assert.Equal(0, it.Next());
        Assert.Equal(1, it.Next());
        it.Dispose();
        it.Dispose();
        Assert.Equal(1, disposals.Value);
        Assert.False(it.TryNext(out _));
    }

    [Fact]
    public void Nothing_happens_before_the_first_pull()
    {
        var disposals = new StrongBox<int>();
        var it = Yielding([1], disposals).ToIter();
        it.Dispose();
        Assert.Equal(0, disposals.Value); // never started, so nothing to dispose
    }

    [Fact]
    public void Cancellation_mid_stream_throws_OperationCanceledException_and_disposes()
    {
        var disposals = new StrongBox<int>();
        using var cts = new CancellationTokenSource();
        Guard.Within(() =>
        {
            var it = Ticks(disposals).ToIter(cts.Token);
            Assert.Equal(0, it.Next());
            Assert.Equal(1, it.Next());
            cts.Cancel();
            Assert.ThrowsAny<OperationCanceledException>(() => it.Next());
            Assert.False(it.TryNext(out _));
        });
        Assert.Equal(1, disposals.Value);
    }

    [Fact]
    public void Cancellation_while_blocked_in_a_pending_step_unblocks_the_pull()
    {
        var disposals = new StrongBox<int>();
        using var cts = new CancellationTokenSource();
        int seen = Guard.Within(() =>
        {
            var it = Forever(disposals).ToIter(cts.Token);
            cts.CancelAfter(50);
            Assert.ThrowsAny<OperationCanceledException>(() => it.Next());
            return Volatile.Read(ref disposals.Value);
        });
        Assert.Equal(1, seen); // released before the pull threw, not afterwards on the thread pool

        static async IAsyncEnumerable<int> Forever(StrongBox<int> disposals, [EnumeratorCancellation] CancellationToken ct = default)
        {
            try
            {
                await Task.Delay(Timeout.Infinite, ct);
                yield return 0;
            }
            finally
            {
                Interlocked.Increment(ref disposals.Value);
            }
        }
    }

    [Fact]
    public void Consumer_error_downstream_disposes_the_async_enumerator()
    {
        var disposals = new StrongBox<int>();
        var it = Yielding(Enumerable.Range(0, 100).ToArray(), disposals).ToIter().Map(x => x < 3 ? x : throw new InvalidTimeZoneException());
        Assert.Throws<InvalidTimeZoneException>(() => it.ToList());
        Assert.Equal(1, disposals.Value);
    }

    // A context that queues callbacks and never runs them, like a UI thread that is blocked in our pull.
    private sealed class NeverPumpedContext : SynchronizationContext
    {
        public override void Post(SendOrPostCallback d, object? state)
        {
        }

        public override void Send(SendOrPostCallback d, object? state) => throw new NotSupportedException();
    }
}
