using FsCheck.Xunit;
using Xunit;
using P = Streams.Pull;

using Streams.Tests.Doubles;

namespace Streams.Tests.Async;

public class IterToAsyncEnumerableTests
{
    [Property(MaxTest = 200)]
    public bool Pull_async_pull_round_trip_is_identity(int[] xs) =>
        P.From(xs).ToAsyncEnumerable().ToIter().ToList().SequenceEqual(xs);

    [Property(MaxTest = 200)]
    public async Task Await_foreach_sees_every_element_then_releases_once(int[] xs)
    {
        var probe = new Probe<int>(xs);
        var seen = new List<int>();
        await foreach (var x in probe.ToAsyncEnumerable()) seen.Add(x);
        Assert.Equal(xs, seen);
        Assert.Equal(1, probe.Releases);
        Assert.False(probe.PulledAfterEnd);
    }

    [Fact]
    public void MoveNextAsync_completes_synchronously_and_allocates_nothing_per_element()
    {
        var e = P.Range(0L, 100_000).ToAsyncEnumerable().GetAsyncEnumerator();
        Assert.True(e.MoveNextAsync().IsCompletedSuccessfully); // warm up
        long before = GC.GetAllocatedBytesForCurrentThread();
        long sum = SumSynchronously(e);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(100_000L * 99_999 / 2, sum);
        Assert.True(allocated < 1_000, $"allocated {allocated} bytes over 100,000 elements");
    }

    // Every step must be complete when returned; reading the result then never blocks.
    private static long SumSynchronously(IAsyncEnumerator<long> e)
    {
        long sum = 0;
        while (true)
        {
            var step = e.MoveNextAsync();
            Assert.True(step.IsCompletedSuccessfully);
            if (!step.Result) return sum;
            sum += e.Current;
        }
    }

    [Fact]
    public Task Cancellation_mid_stream_ends_await_foreach_with_OperationCanceledException_and_releases() =>
        Guard.WithinAsync(async () =>
        {
            var probe = new InfiniteProbe();
            using var cts = new CancellationTokenSource();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
            {
                await foreach (var x in probe.ToAsyncEnumerable(cts.Token))
                {
                    if (x == 5) cts.Cancel();
                }
            });
            Assert.Equal(6, probe.Pulls); // nothing pulled after the cancellation
            Assert.Equal(1, probe.Releases);
        });

    [Fact]
    public Task WithCancellation_token_is_observed_too() =>
        Guard.WithinAsync(async () =>
        {
            var probe = new InfiniteProbe();
            using var cts = new CancellationTokenSource();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
            {
                await foreach (var x in probe.ToAsyncEnumerable().WithCancellation(cts.Token))
                {
                    if (x == 2) cts.Cancel();
                }
            });
            Assert.Equal(3, probe.Pulls);
            Assert.Equal(1, probe.Releases);
        });

    [Fact]
    public async Task Leaving_await_foreach_early_releases_the_source_exactly_once()
    {
        var probe = new InfiniteProbe();
        await foreach (var x in probe.ToAsyncEnumerable())
        {
            if (x == 3) break;
        }
        Assert.Equal(4, probe.Pulls);
        Assert.Equal(1, probe.Releases);
    }

    [Fact]
    public async Task Iterator_exception_reaches_await_foreach_after_the_elements_before_it()
    {
        var probe = new Probe<int>([1, 2, 3, 4], throwAt: 2);
        var seen = new List<int>();
        var ex = await Assert.ThrowsAsync<ProbeException>(async () =>
        {
            await foreach (var x in probe.ToAsyncEnumerable()) seen.Add(x);
        });
        Assert.Equal(2, ex.Index);
        Assert.Equal([1, 2], seen);
        Assert.Equal(1, probe.Releases);
    }

    [Property(MaxTest = 100)]
    public bool A_throwing_pull_faults_MoveNextAsync_and_releases_the_source_before_any_dispose(int[] xs, byte at)
    {
        if (xs.Length == 0) return true;
        int throwAt = at % xs.Length;
        var probe = new Probe<int>(xs, throwAt: throwAt);
        var e = probe.Map(x => x + 1).ToAsyncEnumerable().GetAsyncEnumerator(); // never disposed: no await foreach here
        for (int i = 0; i < throwAt; i++)
        {
            var step = e.MoveNextAsync();
            if (!step.IsCompletedSuccessfully || !step.Result || e.Current != xs[i] + 1) return false;
        }
        var failed = e.MoveNextAsync();
        return failed.IsFaulted && failed.AsTask().Exception?.InnerException is ProbeException
            && probe.Releases == 1                        // released at the exception, like a generator that raised
            && e.MoveNextAsync() is { IsCompletedSuccessfully: true, Result: false } && probe.Releases == 1;
    }

    [Fact]
    public void Building_is_lazy()
    {
        var probe = new InfiniteProbe();
        _ = probe.ToAsyncEnumerable().GetAsyncEnumerator();
        Assert.Equal(0, probe.Pulls);
        Assert.Throws<ArgumentNullException>(() => AsyncInterop.ToAsyncEnumerable<int>(null!));
    }
}
