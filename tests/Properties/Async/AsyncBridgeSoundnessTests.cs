using System.Runtime.CompilerServices;
using Streams.Tests.Doubles;
using Xunit;

namespace Streams.Tests.Async;

/// <summary>The async-to-pull bridge keeps its cancellation promise against a source that ignores its token, and a
/// Dispose from another thread wakes a blocked pull. Every test has a hang guard.</summary>
public class AsyncBridgeSoundnessTests
{
    // Yields 0, then waits for `gate` without looking at any token (the enumerator's token is not even accepted).
    private static async IAsyncEnumerable<int> IgnoresCancellation(Task gate, ManualResetEventSlim waiting, StrongBox<int> disposals)
    {
        try
        {
            yield return 0;
            waiting.Set();
            await gate;
            yield return 1;
        }
        finally
        {
            Interlocked.Increment(ref disposals.Value);
        }
    }

    [Fact]
    public void Cancellation_reaches_the_puller_promptly_even_if_the_source_ignores_its_token()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var disposals = new StrongBox<int>();
        using var cts = new CancellationTokenSource();
        var it = IgnoresCancellation(gate.Task, new ManualResetEventSlim(), disposals).ToIter(cts.Token);
        Guard.Within(() =>
        {
            Assert.Equal(0, it.Next());
            cts.CancelAfter(20);
            Assert.ThrowsAny<OperationCanceledException>(() => it.Next());
            Assert.False(it.TryNext(out _));
        });
        Assert.Equal(0, Volatile.Read(ref disposals.Value)); // the abandoned step still runs: no DisposeAsync under it
        gate.SetResult();
        Assert.True(SpinWait.SpinUntil(() => Volatile.Read(ref disposals.Value) == 1, Guard.Timeout),
            "the enumerator was not disposed once its step completed");
    }

    [Fact]
    public void Dispose_from_another_thread_wakes_a_blocked_pull_which_reports_the_end()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var waiting = new ManualResetEventSlim();
        var disposals = new StrongBox<int>();
        var it = IgnoresCancellation(gate.Task, waiting, disposals).ToIter();
        Assert.Equal(0, Guard.Within(() => it.Next()));
        var puller = Task.Factory.StartNew(() => it.TryNext(out var x) ? x : -1, TaskCreationOptions.LongRunning);
        Assert.True(waiting.Wait(Guard.Timeout));
        it.Dispose();
        Assert.Equal(-1, Guard.ResultOf(puller, "the pull blocked before Dispose"));
        Assert.False(it.TryNext(out _));
        gate.SetResult();
        Assert.True(SpinWait.SpinUntil(() => Volatile.Read(ref disposals.Value) == 1, Guard.Timeout));
    }
}
