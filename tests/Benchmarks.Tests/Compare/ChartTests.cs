using SkiaSharp;
using Streams.Benchmarks.Compare;
using Xunit;
using static Streams.Benchmarks.Tests.Compare.Sample;

namespace Streams.Benchmarks.Tests.Compare;

public class ChartTests
{
    private static double Distance(SKColor a, SKColor b) =>
        Math.Sqrt(Math.Pow(a.Red - b.Red, 2) + Math.Pow(a.Green - b.Green, 2) + Math.Pow(a.Blue - b.Blue, 2));

    [Fact]
    public void Ratios_a_band_apart_get_clearly_different_colours()
    {
        double[] bands = [0.5, 1, 1.5, 3, 10, 100, 1000];
        for (int i = 1; i < bands.Length; i++)
            Assert.True(Distance(Chart.ColourFor(bands[i - 1]), Chart.ColourFor(bands[i])) > 60, $"{bands[i - 1]}x vs {bands[i]}x");
    }

    [Fact]
    public void The_colour_scale_is_clamped_at_both_ends()
    {
        Assert.Equal(Chart.ColourFor(0.5), Chart.ColourFor(0.01));
        Assert.Equal(Chart.ColourFor(1000), Chart.ColourFor(40_000));
    }

    [Fact]
    public void Cell_text_contrasts_with_its_cell()
    {
        foreach (var r in new[] { 0.5, 1, 2, 5, 20, 200, 5000 })
        {
            var bg = Chart.ColourFor(r);
            var fg = Chart.TextColourOn(bg);
            double luminance(SKColor c) => 0.299 * c.Red + 0.587 * c.Green + 0.114 * c.Blue;
            Assert.True(Math.Abs(luminance(bg) - luminance(fg)) > 100, $"{r}x");
        }
    }

    [Fact]
    public void The_heatmap_has_a_row_per_pipeline_and_mode_and_a_column_per_implementation_but_the_hand_loop()
    {
        var results = Results.Group([M("sum", "HandLoop", 1), M("sum", "Linq", 2), M("sum", "ZLinq", 3), M("sum", "HandLoop", 1, mode: RunMode.Shared)]);
        using var small = Chart.Render(results, new("cpu", 2, "os", ".NET", DateTime.UnixEpoch, "", ""));
        var more = Results.Group([.. results.SelectMany(r => r.Rows), M("maps", "HandLoop", 1), M("maps", "Yield", 1)]);
        using var large = Chart.Render(more, new("cpu", 2, "os", ".NET", DateTime.UnixEpoch, "", ""));
        Assert.Equal(84, large.Width - small.Width);   // one more column (Yield)
        Assert.Equal(30, large.Height - small.Height); // one more row (maps, isolated)
    }
}
