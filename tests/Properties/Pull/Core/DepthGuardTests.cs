using Streams.Tests.Doubles;
using Xunit;

namespace Streams.Tests.PullTests.Core;

/// <summary>
/// The depth guard that every <see cref="DepthGuard.Every"/>-th stage of a chain becomes, and the release queue that
/// bounds the stack a release uses (src/Pull/Core/DepthGuard.cs). A guard pulls and folds on its own path
/// (GuardedStep, GuardedFold), so every chain length around the guard positions is checked for what any stage
/// promises at its end: finished, no pull after it, nothing pulled from the source after it said end. Releases nested
/// deeper than the queue's limit run after the outermost one returns; an error from one of them must still reach the
/// caller, unless an error is already in flight.
/// </summary>
public class DepthGuardTests
{
    // Chain lengths with a guard on top (32, 64, 96), just below and just above it, and short chains with no guard.
    public static TheoryData<int> Lengths => new(1, 2, 31, 32, 33, 63, 64, 65, 95, 96, 97);

    // Stages that add one each and are never fused with a neighbour (two Maps in a row become one stage).
    private static Iter<int> Stages(Iter<int> source, int stages)
    {
        var it = source;
        for (int i = 0; i < stages; i++) it = it.Inspect(_ => { });
        return it;
    }

    [Theory, MemberData(nameof(Lengths))]
    public void A_chain_pulled_to_its_end_is_finished_and_stays_ended(int stages)
    {
        var probe = new Probe<int>([1, 2, 3], resumesAfterEnd: true);
        var it = Stages(probe, stages);
        var got = new List<int>();
        while (it.TryNext(out var x)) got.Add(x);
        Assert.Equal([1, 2, 3], got);
        Assert.True(it.IsFinished, $"{stages} stages: not finished after the end");
        Assert.False(it.TryNext(out _));
        Assert.False(probe.PulledAfterEnd);
        Assert.Equal(1, probe.Releases);
    }

    [Theory, MemberData(nameof(Lengths))]
    public void A_chain_folded_to_its_end_is_finished_and_stays_ended(int stages)
    {
        var probe = new Probe<int>([1, 2, 3], resumesAfterEnd: true);
        var it = Stages(probe, stages);
        Assert.Equal([1, 2, 3], it.ToList());
        Assert.True(it.IsFinished, $"{stages} stages: not finished after a fold to the end");
        Assert.False(it.TryNext(out _));
        Assert.Empty(it.ToList());
        Assert.False(probe.PulledAfterEnd);
        Assert.Equal(1, probe.Releases);
    }

    [Theory, MemberData(nameof(Lengths))]
    public void A_chain_folded_by_a_sink_that_stops_keeps_the_rest(int stages)
    {
        var it = Stages(new Probe<int>([1, 2, 3]), stages);
        Assert.Equal(1, it.First());
        Assert.False(it.IsFinished);
        Assert.Equal([2, 3], it.ToList());
    }

    [Fact]
    public void A_release_error_deferred_past_the_nesting_limit_reaches_the_caller()
    {
        var source = new FaultyRelease<int>([1, 2, 3]);
        var it = Stages(source, 200); // the source's release is queued, not nested 200 deep
        Assert.Throws<ReleaseFaultException>(it.Dispose);
        Assert.Equal(1, source.Releases);
        Assert.True(it.IsFinished);
        it.Dispose(); // idempotent: no second release, no second error
        Assert.Equal(1, source.Releases);

        // The queue is empty and the nesting count back at zero: the next release on this thread runs normally.
        var probe = new Probe<int>([1]);
        Stages(probe, 200).Dispose();
        Assert.Equal(1, probe.Releases);
    }

    [Fact]
    public void A_release_error_deferred_past_the_nesting_limit_reaches_the_caller_of_an_exception_path()
    {
        var source = new FaultyRelease<int>([1, 2, 3], throwAt: 1);
        var it = Stages(source, 200);
        Assert.Equal(1, it.Next());
        // The advance error is in flight when the queued release throws: the advance error wins, and the release error
        // is attached to it, as for a release nested within the limit.
        var e = Assert.Throws<AdvanceFaultException>(() => it.TryNext(out _));
        Assert.IsType<ReleaseFaultException>(e.Data[Streams.Pull.ReleaseExceptionKey]);
        Assert.Equal(1, source.Releases);
    }

    [Fact]
    public void An_error_in_flight_wins_over_a_deferred_release_error_which_still_runs()
    {
        var source = new FaultyRelease<int>([1, 2, 3]);
        var outer = new ThrowsOnRelease(Stages(source, 200));
        var e = Assert.Throws<InvalidOperationException>(outer.Dispose);
        Assert.Equal("outer release", e.Message);
        Assert.Equal(1, source.Releases); // the queued release ran although the outermost one threw
    }

    [Fact]
    public void Every_queued_release_runs_when_several_throw_and_the_first_error_reaches_the_caller()
    {
        var first = new FaultyRelease<int>([1]);
        var second = new FaultyRelease<int>([2]);
        var outer = new DisposesBoth(Stages(first, 100), Stages(second, 100));
        Assert.Throws<ReleaseFaultException>(outer.Dispose);
        Assert.Equal(1, first.Releases);
        Assert.Equal(1, second.Releases);
    }

    // A user iterator that owns a pipeline, disposes it on release and then throws.
    private sealed class ThrowsOnRelease(Iter<int> inner) : Iter<int>
    {
        protected override bool TryAdvance(out int item) => inner.TryNext(out item);

        protected override void Release()
        {
            inner.Dispose();
            throw new InvalidOperationException("outer release");
        }
    }

    // A user iterator that owns two pipelines and disposes both, each deeper than the nesting limit.
    private sealed class DisposesBoth(Iter<int> a, Iter<int> b) : Iter<int>
    {
        protected override bool TryAdvance(out int item) => a.TryNext(out item);

        protected override void Release()
        {
            a.Dispose();
            b.Dispose();
        }
    }
}
