using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Streams.Benchmarks.Compare;
using Xunit;
using static Streams.Benchmarks.Tests.Compare.Sample;

namespace Streams.Benchmarks.Tests.Compare;

public class ResultsTests
{
    [Property]
    public Property The_median_has_as_many_values_at_or_below_it_as_at_or_above_it(NonEmptyArray<NormalFloat> values)
    {
        var xs = values.Get.Select(v => v.Get).ToArray();
        double m = Results.Median(xs);
        return (xs.Count(x => x <= m) * 2 >= xs.Length && xs.Count(x => x >= m) * 2 >= xs.Length).Label($"median {m}");
    }

    [Fact]
    public void The_median_of_an_even_count_is_the_mean_of_the_middle_two() => Assert.Equal(2.5, Results.Median([4, 1, 3, 2]));

    [Fact]
    public void Launches_are_combined_per_mode_pipeline_and_implementation()
    {
        var rows = Results.MedianOverLaunches(
        [
            M("sum", "Linq", 10), M("sum", "Linq", 30), M("sum", "Linq", 20),
            M("sum", "Linq", 99, mode: RunMode.Shared),
        ]);
        Assert.Equal([(RunMode.Isolated, 20.0), (RunMode.Shared, 99.0)], rows.Select(r => (r.Mode, r.MedianNs)).OrderBy(r => r.Mode));
    }

    [Fact]
    public void Rows_follow_the_layout_with_unknown_pipelines_and_columns_last_by_name()
    {
        var results = Results.Group(
        [
            M("zeta", "HandLoop", 1), M("cart", "Zebra", 1), M("cart", "Alpha", 1), M("cart", "Linq", 1), M("cart", "HandLoop", 1),
            M("sum", "HandLoop", 1, mode: RunMode.Shared), M("sum", "HandLoop", 1),
        ]);
        Assert.Equal([("sum", RunMode.Isolated), ("cart", RunMode.Isolated), ("zeta", RunMode.Isolated), ("sum", RunMode.Shared)], results.Select(r => (r.Group, r.Mode)));
        Assert.Equal(["HandLoop", "Linq", "Alpha", "Zebra"], results[1].Rows.Select(r => r.Implementation));
    }

    [Fact]
    public void A_pipeline_with_several_sizes_gets_its_shape_in_the_label()
    {
        var results = Results.Group([M("cart", "HandLoop", 1, size: new(10_000, 10, 100_000, Data.Scale.Compare)), M("cart", "HandLoop", 1, size: new(316, 316, 99_856, Data.Scale.Compare))]);
        Assert.Equal(["cart 10kx10", "cart 316x316"], results.Select(r => r.Group));
        Assert.All(results, r => Assert.Equal("cart", r.Pipeline));
    }
}
