using ScottPlot;
using Streams.Benchmarks.Compare;
using Xunit;
using static Streams.Benchmarks.Tests.Compare.Sample;

namespace Streams.Benchmarks.Tests.Compare;

public class ChartTests
{
    private static readonly MachineInfo Machine = new("cpu", 2, "os", ".NET", DateTime.UnixEpoch, "", "");

    private static double Distance(Color a, Color b) =>
        Math.Sqrt(Math.Pow(a.R - b.R, 2) + Math.Pow(a.G - b.G, 2) + Math.Pow(a.B - b.B, 2));

    private static double Luminance(Color c) => 0.299 * c.R + 0.587 * c.G + 0.114 * c.B;

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
            Assert.True(Math.Abs(Luminance(bg) - Luminance(Chart.TextColourOn(bg))) > 100, $"{r}x");
        }
    }

    [Fact]
    public void The_heatmap_has_a_row_per_pipeline_and_mode_and_a_column_per_implementation_but_the_hand_loop()
    {
        var results = Results.Group([M("sum", "HandLoop", 1), M("sum", "Linq", 2), M("sum", "ZLinq", 3), M("sum", "HandLoop", 1, mode: RunMode.Shared)]);
        using var small = Chart.Build(results, Machine);
        var more = Results.Group([.. results.SelectMany(r => r.Rows), M("maps", "HandLoop", 1), M("maps", "Yield", 1)]);
        using var large = Chart.Build(more, Machine);
        Assert.Equal(Chart.CellWidth, large.Width - small.Width);   // one more column (Yield)
        Assert.Equal(Chart.CellHeight, large.Height - small.Height); // one more row (maps, isolated)
    }

    [Fact]
    public void Each_cell_shows_its_ratio_and_a_missing_cell_a_dash_on_the_missing_colour()
    {
        var results = Results.Group([M("sum", "HandLoop", 100), M("sum", "Linq", 250), M("maps", "HandLoop", 100), M("maps", "ZLinq", 50)]);
        using var figure = Chart.Build(results, Machine);
        var cells = figure.Plot.GetPlottables<ScottPlot.Plottables.Text>().Select(t => t.LabelText).ToList();
        // One panel (isolated): its title, then two rows (sum, maps) × two columns in layout order (ZLinq, Linq).
        Assert.Equal(["isolated (one process per pipeline)", "–", "2.50x", "0.50x", "–"], cells);

        var heatmap = Assert.Single(figure.Plot.GetPlottables<ScottPlot.Plottables.Heatmap>());
        Assert.Equal((3, 2), (heatmap.Intensities.GetLength(0), heatmap.Intensities.GetLength(1)));
        Assert.Equal(Math.Log10(2.5), heatmap.Intensities[1, 1], 12);
        Assert.Equal(Math.Log10(0.5), heatmap.Intensities[2, 0], 12);
        Assert.True(double.IsNaN(heatmap.Intensities[1, 0]) && double.IsNaN(heatmap.Intensities[2, 1]));
        Assert.Equal(Chart.Missing, heatmap.NaNCellColor);
        Assert.Equal([0, 0, 255, 255, 255, 255], heatmap.AlphaMap!.Cast<byte>()); // the title row is transparent
        // The colormap over the heatmap's range gives the colour ColourFor gives (position 0..1 over log 0.5x..1000x).
        var range = heatmap.ManualRange!.Value;
        Assert.Equal(Chart.ColourFor(2.5), heatmap.Colormap.GetColor((Math.Log10(2.5) - range.Min) / (range.Max - range.Min)));
    }

    [Fact]
    public void The_png_colours_each_cell_by_its_ratio_and_leaves_a_missing_cell_grey()
    {
        var results = Results.Group([M("sum", "HandLoop", 100), M("sum", "Linq", 250), M("sum", "ZLinq", 40_000), M("maps", "HandLoop", 100), M("maps", "ZLinq", 50)]);
        using var figure = Chart.Build(results, Machine);
        using var bitmap = SkiaSharp.SKBitmap.Decode(figure.Plot.GetImageBytes(figure.Width, figure.Height, ImageFormat.Png));
        Color At(int row, int column)
        {
            // A few pixels in from the cell's top-left corner: inside the cell, clear of its text and the white lines.
            var (x, y) = Chart.CellCorner(row, column);
            var p = bitmap.GetPixel(x + 6, y + 6);
            return new Color(p.Red, p.Green, p.Blue);
        }
        // Row 0 is the panel's title; sum is row 1, maps row 2; columns in layout order: ZLinq, Linq.
        Assert.True(Distance(Chart.ColourFor(400), At(1, 0)) < 3, $"{At(1, 0)}");
        Assert.True(Distance(Chart.ColourFor(2.5), At(1, 1)) < 3, $"{At(1, 1)}");
        Assert.True(Distance(Chart.ColourFor(0.5), At(2, 0)) < 3, $"{At(2, 0)}");
        Assert.True(Distance(Chart.Missing, At(2, 1)) < 3, $"{At(2, 1)}");
    }

    /// <summary>The committed reference run (benchmarks/results/measurements.tsv) renders as a PNG of the size its
    /// rows and columns give; the image is written to a temporary folder, not over the published one.</summary>
    [Fact]
    public void The_published_measurements_render_as_a_png()
    {
        var (rows, _) = MeasurementFile.Read(Path.Combine(Paths.RepositoryRoot(), "benchmarks", "results", "measurements.tsv"));
        var results = Results.Group(Results.MedianOverLaunches(rows));
        Assert.NotEmpty(results);
        var dir = Directory.CreateTempSubdirectory("streams-chart-");
        try
        {
            var path = Path.Combine(dir.FullName, "compare.png");
            Chart.Save(results, path, Machine);
            var png = File.ReadAllBytes(path);
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
            // IHDR: width and height, big-endian, at bytes 16 and 20.
            int width = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), height = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20));
            using var figure = Chart.Build(results, Machine);
            Assert.Equal((figure.Width, figure.Height), (width, height));
            int columns = Report.Implementations(results).Count - 1, panelRows = results.Count + Report.Modes(results).Count;
            Assert.True(columns > 10 && panelRows > 20, $"{columns} columns, {panelRows} rows");
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
