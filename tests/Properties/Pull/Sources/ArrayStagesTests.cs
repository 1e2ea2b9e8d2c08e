using Streams.Tests.Doubles;
using Xunit;

namespace Streams.Tests.PullTests.Sources;

// Map and Filter over arrays (and Map over Filter) are fused into one stage. Fusion must not be observable:
// same elements, same shared position with the source, same exhaustion and release.
public class ArrayStagesTests
{
    private static readonly long[] Data = [1, 2, 3, 4, 5, 6, 7, 8];

    [Fact]
    public void Fused_stages_give_the_unfused_results_on_both_paths()
    {
        var expected = Data.Where(x => x % 2 == 0).Select(x => x * 10).ToList();
        Assert.Equal(expected, Streams.Pull.From(Data).Filter(x => x % 2 == 0).Map(x => x * 10).ToList());
        var external = new List<long>();
        foreach (var x in Streams.Pull.From(Data).Filter(x => x % 2 == 0).Map(x => x * 10)) external.Add(x);
        Assert.Equal(expected, external);
        Assert.Equal(Data.Select(x => x + 1), Streams.Pull.From(Data).Map(x => x + 1).ToList());
        Assert.Equal(Data.Where(x => x > 3), Streams.Pull.From(Data).Filter(x => x > 3).ToList());
    }

    [Fact]
    public void Fused_stage_shares_the_position_of_its_array_source()
    {
        var source = Streams.Pull.From(Data);
        var evensTimesTen = source.Filter(x => x % 2 == 0).Map(x => x * 10);
        Assert.Equal(20, evensTimesTen.Next());   // consumed 1 and 2
        Assert.Equal(3, source.Next());            // the source continues after 2
        Assert.Equal(40, evensTimesTen.Next());   // consumed 4
        Assert.Equal(5, source.Next());
    }

    [Fact]
    public void Filter_then_map_over_any_source_fuses_without_losing_the_laws()
    {
        var probe = new Probe<int>([1, 2, 3, 4], resumesAfterEnd: true);
        var it = probe.Filter(x => x > 1).Map(x => -x);
        Assert.Equal([-2, -3, -4], it.ToList());
        Assert.False(it.TryNext(out _));
        Assert.False(probe.PulledAfterEnd);
        Assert.Equal(1, probe.Releases);
    }

    [Fact]
    public void Disposing_a_fused_stage_finishes_the_array_source()
    {
        var source = Streams.Pull.From(Data);
        var it = source.Filter(x => x > 0).Map(x => x);
        it.Dispose();
        Assert.True(source.IsFinished);
        Assert.False(source.TryNext(out _));
    }
}
