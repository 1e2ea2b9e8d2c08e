using System.Runtime.CompilerServices;
using Streams.Tests.Doubles;
using Xunit;

namespace Streams.Tests.Async;

/// <summary>The async-to-pull bridge against a source that ignores its token: cancellation is cooperative, so the pull
/// waits for the source's step to end and then releases the enumerator before it throws; a Dispose from another thread
/// wakes a blocked pull, and neither returns before the release. Every test has a hang guard.</summary>
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

    // The pull runs on a thread of its own; what it returns carries the disposal count it saw at that moment.
    private static Task<(string Outcome, int Disposals)> PullOnItsOwnThread(Iter<int> it, StrongBox<int> disposals) =>
        Task.Factory.StartNew(() =>
        {
            string outcome;
            try
            {
                outcome = it.TryNext(out var x) ? $"element {x}" : "end";
            }
            catch (OperationCanceledException)
            {
                outcome = "cancelled";
            }
            catch (Exception e)
            {
                outcome = e.ToString(); // named in the failure message
            }
            return (outcome, Volatile.Read(ref disposals.Value));
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    [Fact]
    public void Cancellation_against_a_source_that_ignores_its_token_waits_for_its_step_then_releases_before_throwing()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var waiting = new ManualResetEventSlim();
        var disposals = new StrongBox<int>();
        using var cts = new CancellationTokenSource();
        var it = IgnoresCancellation(gate.Task, waiting, disposals).ToIter(cts.Token);
        Assert.Equal(0, Guard.Within(() => it.Next()));
        var puller = PullOnItsOwnThread(it, disposals);
        Assert.True(waiting.Wait(Guard.Timeout));
        cts.Cancel();
        // The step still runs and owns the enumerator: the pull may not report the cancellation before it is released.
        Assert.False(((IAsyncResult)puller).AsyncWaitHandle.WaitOne(100),
            $"the pull returned ({puller.Status}) while the source's step was still running");
        gate.SetResult();
        Assert.Equal(("cancelled", 1), Guard.ResultOf(puller, "the pull after the step ended"));
        Assert.False(it.TryNext(out _));
        Assert.Equal(1, disposals.Value);
    }

    [Fact]
    public void Dispose_from_another_thread_wakes_a_blocked_pull_and_both_return_after_the_release()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var waiting = new ManualResetEventSlim();
        var disposals = new StrongBox<int>();
        var it = IgnoresCancellation(gate.Task, waiting, disposals).ToIter();
        Assert.Equal(0, Guard.Within(() => it.Next()));
        var puller = PullOnItsOwnThread(it, disposals);
        Assert.True(waiting.Wait(Guard.Timeout));
        var disposer = Task.Factory.StartNew(() =>
        {
            it.Dispose();
            return Volatile.Read(ref disposals.Value);
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        Assert.False(((IAsyncResult)disposer).AsyncWaitHandle.WaitOne(100), "Dispose returned while the source's step was still running");
        gate.SetResult();
        Assert.Equal(("end", 1), Guard.ResultOf(puller, "the pull after the step ended"));
        Assert.Equal(1, Guard.ResultOf(disposer, "Dispose after the step ended"));
        Assert.False(it.TryNext(out _));
    }

    [Fact]
    public void A_source_that_disposes_its_own_bridge_inside_a_step_does_not_wait_for_itself()
    {
        var disposals = new StrongBox<int>();
        var self = new StrongBox<Iter<int>?>();
        var it = DisposesItsBridge(self, disposals).ToIter();
        self.Value = it;
        // The Dispose runs on the pulling thread, inside the step: the pull disposes the enumerator as it returns.
        var (got, seen) = Guard.Within(() => (it.TryNext(out var x) ? x : -1, Volatile.Read(ref disposals.Value)));
        Assert.Equal((-1, 1), (got, seen));

        static async IAsyncEnumerable<int> DisposesItsBridge(StrongBox<Iter<int>?> self, StrongBox<int> disposals)
        {
            try
            {
                self.Value!.Dispose();
                await Task.Yield();
                yield return 0;
            }
            finally
            {
                Interlocked.Increment(ref disposals.Value);
            }
        }
    }
}
