using FsCheck.Xunit;
using Streams.Tests.Doubles;
using Xunit;

namespace Streams.Tests.PullTests.Operators;

// Map∘Map and Filter∘Filter are fused into single stages (MapMap.cs, FilterFilter.cs). Fusion must not be observable.
public class FusedStagesTests
{
    private static Iter<int> SevenMaps(Iter<int> source) =>
        source.Map(x => x + 1).Map(x => x * 2).Map(x => x - 3).Map(x => x * 5).Map(x => x + 7).Map(x => x ^ 1).Map(x => x - 2);

    private static IEnumerable<int> SevenMapsModel(IEnumerable<int> source) =>
        source.Select(x => x + 1).Select(x => x * 2).Select(x => x - 3).Select(x => x * 5).Select(x => x + 7).Select(x => x ^ 1).Select(x => x - 2);

    private static Iter<int> SevenFilters(Iter<int> source) =>
        source.Filter(x => x % 2 == 0).Filter(x => x % 3 != 1).Filter(x => x > -50).Filter(x => x < 50)
            .Filter(x => x != 4).Filter(x => x % 5 != 3).Filter(x => x != -8);

    private static IEnumerable<int> SevenFiltersModel(IEnumerable<int> source) =>
        source.Where(x => x % 2 == 0).Where(x => x % 3 != 1).Where(x => x > -50).Where(x => x < 50)
            .Where(x => x != 4).Where(x => x % 5 != 3).Where(x => x != -8);

    [Property(MaxTest = 300)]
    public bool Chained_maps_match_the_model_by_pull_and_by_fold(int[] input)
    {
        var pulled = new List<int>();
        foreach (var x in SevenMaps(new Probe<int>(input))) pulled.Add(x);
        var folded = SevenMaps(new Probe<int>(input)).ToList();
        var model = SevenMapsModel(input).ToList();
        return pulled.SequenceEqual(model) && folded.SequenceEqual(model);
    }

    [Property(MaxTest = 300)]
    public bool Chained_filters_match_the_model_by_pull_and_by_fold(int[] input)
    {
        var pulled = new List<int>();
        foreach (var x in SevenFilters(new Probe<int>(input))) pulled.Add(x);
        var folded = SevenFilters(new Probe<int>(input)).ToList();
        var model = SevenFiltersModel(input).ToList();
        return pulled.SequenceEqual(model) && folded.SequenceEqual(model);
    }

    [Fact]
    public void Fused_maps_and_filters_keep_exhaustion_release_and_laziness()
    {
        var probe = new Probe<int>([1, 2, 3, 4, 5, 6], resumesAfterEnd: true);
        var it = SevenFilters(SevenMaps(probe));
        Assert.Equal(0, probe.Pulls);
        var all = it.ToList();
        Assert.False(it.TryNext(out _));
        Assert.False(probe.PulledAfterEnd);
        Assert.Equal(1, probe.Releases);
        Assert.Equal(SevenFiltersModel(SevenMapsModel([1, 2, 3, 4, 5, 6])), all);
    }

    [Fact]
    public void A_fused_map_pair_shares_its_source_like_two_stages()
    {
        var source = Streams.Pull.Range(0, 10);
        var twice = source.Map(x => x + 1).Map(x => x * 10);
        Assert.Equal(10, twice.Next());   // consumed 0
        Assert.Equal(1, source.Next());   // the source goes on after 0
        Assert.Equal(30, twice.Next());   // consumed 2
        Assert.Equal("Range(0, 10).Map().Map()", twice.ToString());
    }
}
