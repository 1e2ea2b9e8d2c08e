using Streams.Tests.Doubles;
using Xunit;

namespace Streams.Tests.PullTests.Core;

public class IterLawTests
{
    [Fact]
    public void User_iterator_that_resumes_after_end_stays_exhausted()
    {
        var probe = new Probe<int>([1, 2], resumesAfterEnd: true);
        Assert.Equal([1, 2], probe.ToList());
        Assert.False(probe.TryNext(out _));
        Assert.False(probe.TryNext(out _));
        Assert.False(probe.PulledAfterEnd);
        Assert.Equal(1, probe.Releases);
    }

    [Fact]
    public void Next_throws_IteratorExhausted_at_end_and_default_overload_returns_default()
    {
        var it = Streams.Pull.Of(7);
        Assert.Equal(7, it.Next());
        Assert.Throws<IteratorExhaustedException>(() => it.Next());
        Assert.Equal(-1, it.Next(-1));
    }

    [Fact]
    public void Second_foreach_sees_only_the_rest()
    {
        var it = Streams.Pull.Range(0, 6);
        var first = new List<long>();
        foreach (var x in it)
        {
            first.Add(x);
            if (x == 2) break;
        }
        var second = new List<long>();
        foreach (var x in it) second.Add(x);
        var third = new List<long>();
        foreach (var x in it) third.Add(x);
        Assert.Equal([0, 1, 2], first);
        Assert.Equal([3, 4, 5], second);
        Assert.Empty(third);
    }

    [Fact]
    public void Exception_reaches_caller_unchanged_and_iterator_is_exhausted_afterwards()
    {
        var probe = new Probe<int>([1, 2, 3, 4], throwAt: 2);
        var mapped = probe.Map(x => x * 10);
        Assert.Equal(10, mapped.Next());
        Assert.Equal(20, mapped.Next());
        var ex = Assert.Throws<ProbeException>(() => mapped.Next());
        Assert.Equal(2, ex.Index);
        Assert.False(mapped.TryNext(out _));
        Assert.Equal(1, probe.Releases);
        Assert.False(probe.PulledAfterEnd);
    }

    [Fact]
    public void Disposing_a_stage_disposes_every_stage_above_exactly_once()
    {
        var probe = new Probe<int>([1, 2, 3]);
        var pipeline = probe.Map(x => x + 1).Filter(x => x > 0).Take(5);
        Assert.Equal(2, pipeline.Next());
        pipeline.Dispose();
        pipeline.Dispose();
        Assert.Equal(1, probe.Releases);
        Assert.False(pipeline.TryNext(out _));
        Assert.False(probe.PulledAfterEnd);
    }

    [Fact]
    public void ByRef_lends_without_giving_up_ownership()
    {
        var probe = new Probe<int>([1, 2, 3, 4, 5]);
        Assert.Equal([1, 2], probe.ByRef().Take(2).ToList());
        Assert.Equal(0, probe.Releases);
        Assert.Equal(3, probe.Next());
        Assert.Equal([4, 5], probe.ToList());
        Assert.Equal(1, probe.Releases);
    }

    [Fact]
    public void Building_a_pipeline_pulls_nothing()
    {
        var probe = new InfiniteProbe();
        var pipeline = probe.Filter(x => x % 2 == 0).Map(x => x * x).Take(10);
        Assert.Equal(0, probe.Pulls);
        Assert.Equal(10, pipeline.Count());
        Assert.Equal(19, probe.Pulls);
        Assert.Equal(0, probe.Releases); // Take stopping does not release its upstream (Python's rule)
        pipeline.Dispose();
        Assert.Equal(1, probe.Releases); // disposing the last stage does
    }
}

public class ForeachExceptionTests
{
    [Fact]
    public void An_exception_from_the_pipeline_inside_foreach_finishes_and_releases_before_the_catch_runs()
    {
        var probe = new Probe<int>([1, 2, 3, 4], throwAt: 2);
        var it = probe.Map(x => x * 10);
        var seen = new List<int>();
        int releasesSeenInCatch = -1;
        try
        {
            foreach (var x in it) seen.Add(x);
        }
        catch (ProbeException)
        {
            releasesSeenInCatch = probe.Releases;
        }
        Assert.Equal([10, 20], seen);
        Assert.Equal(1, releasesSeenInCatch);
        Assert.True(it.IsFinished);
        Assert.False(it.TryNext(out _));
        Assert.False(probe.PulledAfterEnd);
    }

    [Fact]
    public void An_exception_from_the_loop_body_leaves_the_rest_like_break()
    {
        var probe = new Probe<int>([1, 2, 3, 4]);
        Assert.Throws<InvalidOperationException>(() =>
        {
            foreach (var x in probe)
            {
                if (x == 2) throw new InvalidOperationException("body");
            }
        });
        Assert.Equal(0, probe.Releases);
        Assert.Equal([3, 4], probe.ToList());
    }

    [Fact]
    public void A_hand_driven_enumerator_that_saw_a_throw_is_finished_on_the_next_MoveNext()
    {
        var probe = new Probe<int>([1, 2, 3], throwAt: 1);
        var e = probe.Map(x => x).GetEnumerator();
        Assert.True(e.MoveNext());
        Assert.Throws<ProbeException>(() => e.MoveNext());
        Assert.False(e.MoveNext());
        Assert.Equal(1, probe.Releases);
        Assert.False(probe.PulledAfterEnd);
    }
}
