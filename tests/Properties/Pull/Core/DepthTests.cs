using Streams.Tests.Doubles;
using Xunit;

namespace Streams.Tests.PullTests.Core;

/// <summary>
/// Depth: no stack overflow at any depth a program can build in a loop. Where a path must recurse it throws
/// <see cref="InsufficientExecutionStackException"/> (catchable, like Python's RecursionError), the iterator is finished
/// afterwards and every source is released once; a stack overflow would kill the test process instead.
/// </summary>
public class DepthTests
{
    private const int Deep = 100_000;

    private static Iter<int> AlternatingStages(Iter<int> source, int stages)
    {
        var it = source;
        for (int i = 0; i < stages; i++) it = i % 2 == 0 ? it.Filter(x => x != -1) : it.Map(x => x + 1);
        return it;
    }

    private static Iter<int> MapStages(Iter<int> source, int stages)
    {
        var it = source;
        for (int i = 0; i < stages; i++) it = it.Map(x => x + 1);
        return it;
    }

    [Fact]
    public void A_pull_through_100000_stages_answers_or_throws_catchably_and_finishes()
    {
        var probe = new Probe<int>([1, 2, 3]);
        var it = AlternatingStages(probe, Deep);
        int first = 0;
        bool got = false;
        var thrown = Record.Exception(() => got = it.TryNext(out first));
        if (thrown is null)
        {
            // The stack was big enough: then the answer must be right (half the stages add one).
            Assert.True(got);
            Assert.Equal(1 + Deep / 2, first);
            return;
        }
        Assert.IsType<InsufficientExecutionStackException>(thrown);
        Assert.True(it.IsFinished);
        Assert.Equal(1, probe.Releases);
        Assert.False(it.TryNext(out _));
    }

    [Fact]
    public void A_fold_through_100000_stages_answers_or_throws_catchably_and_finishes()
    {
        var probe = new Probe<int>([1, 2, 3]);
        var it = MapStages(probe, Deep);
        int sum = 0;
        var thrown = Record.Exception(() => sum = it.Sum());
        if (thrown is null)
        {
            Assert.Equal(3 * Deep + 6, sum); // the stack was big enough: each stage adds one to each of 3 elements
            Assert.Equal(1, probe.Releases);
            return;
        }
        Assert.IsType<InsufficientExecutionStackException>(thrown);
        Assert.True(it.IsFinished);
        Assert.Equal(1, probe.Releases);
    }

    [Theory]
    [InlineData(Deep)]
    [InlineData(1_000_000)]
    public void Disposing_a_deep_pipeline_releases_its_source_once(int stages)
    {
        var probe = new Probe<int>([1, 2, 3]);
        var it = AlternatingStages(probe, stages);
        it.Dispose();
        Assert.True(it.IsFinished);
        Assert.Equal(1, probe.Releases);
    }

    [Fact]
    public void A_fold_over_1200_maps_answers()
    {
        // Before depth guards this overflowed the stack: each stage nested the fold's sink type one level deeper.
        Assert.Equal(3 * 1_200 + 6, MapStages(Streams.Pull.Of(1, 2, 3), 1_200).Sum());
    }

    [Fact]
    public void A_pull_over_2000_alternating_stages_answers_on_every_source_shape()
    {
        Assert.Equal(1 + 1_000, AlternatingStages(Streams.Pull.Of(1, 2, 3), 2_000).Next());
        Assert.Equal([1_001, 1_002, 1_003], AlternatingStages(Streams.Pull.From(new List<int> { 1, 2, 3 }), 2_000).ToList());
    }
}
