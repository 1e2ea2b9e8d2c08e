using System.Globalization;
using ScottPlot;

namespace Streams.Benchmarks.Compare;

/// <summary>
/// The heatmap, drawn with ScottPlot (a heatmap plottable, text plottables for the ratios, manual ticks for the names,
/// a colour bar): one panel per mode, stacked, pipelines down, implementations across, each cell coloured by the log of its ratio to the hand loop (green at or
/// below 1x, through yellow and orange, to dark red at 1000x and beyond) and labelled with the ratio itself. The hand
/// loop is the yardstick, so it has no column.
/// </summary>
/// <remarks>
/// Cells have a fixed size in pixels (<see cref="CellWidth"/> × <see cref="CellHeight"/>): the data area is laid out
/// with fixed padding and one axis unit per cell, so the image grows by one cell per column or row and the labels stay
/// readable however many implementations there are.
/// </remarks>
public static class Chart
{
    /// <summary>The size of one cell, in pixels.</summary>
    public const int CellWidth = 84, CellHeight = 30;

    /// <summary>Padding around the cells: row labels on the left, title and rotated column headers above, the colour
    /// bar below, room on the right for the last header, which leans right.</summary>
    private static readonly PixelPadding Padding = new(left: 206, right: 90, bottom: 92, top: 174);

    /// <summary>Room for the rotated column headers, between the cells and the title.</summary>
    private const float HeaderHeight = 126;

    private const string FontName = "DejaVu Sans";
    private const float FontSize = 14;

    /// <summary>Colour stops on log10(ratio): ratio → colour (a red-yellow-green scale, reversed: green is fast).</summary>
    public static readonly IReadOnlyList<(double Ratio, Color Colour)> Stops =
    [
        (0.5, Color.FromHex("#006837")),
        (1.0, Color.FromHex("#1a9850")),
        (1.5, Color.FromHex("#91cf60")),
        (3, Color.FromHex("#fee08b")),
        (10, Color.FromHex("#fc8d59")),
        (100, Color.FromHex("#d73027")),
        (1000, Color.FromHex("#67001f")),
    ];

    /// <summary>The colour of a cell with no measurement.</summary>
    public static readonly Color Missing = Color.FromHex("#eeeeee");

    /// <summary>The ratios the colour bar marks.</summary>
    public static readonly IReadOnlyList<double> Ticks = [0.5, 1, 1.5, 3, 10, 30, 100, 1000];

    private static readonly double LogLow = Math.Log10(Stops[0].Ratio), LogHigh = Math.Log10(Stops[^1].Ratio);

    /// <summary>The cell colour of a ratio: interpolated between <see cref="Stops"/> on a log scale, clamped at both ends.</summary>
    public static Color ColourFor(double ratio) => ColourAtLog(Math.Log10(Math.Max(ratio, 1e-9)));

    private static Color ColourAtLog(double x)
    {
        if (x <= LogLow) return Stops[0].Colour;
        for (int i = 1; i < Stops.Count; i++)
        {
            double lo = Math.Log10(Stops[i - 1].Ratio), hi = Math.Log10(Stops[i].Ratio);
            if (x <= hi) return Color.InterpolateRgb(Stops[i - 1].Colour, Stops[i].Colour, (x - lo) / (hi - lo));
        }
        return Stops[^1].Colour;
    }

    /// <summary>Black or white, whichever reads better on <paramref name="background"/>.</summary>
    public static Color TextColourOn(Color background) =>
        0.299 * background.R + 0.587 * background.G + 0.114 * background.B < 140 ? Colors.White : Colors.Black;

    /// <summary>
    /// The stops as a ScottPlot colormap over [log10 0.5, log10 1000]: a heatmap's intensities are log10 ratios, and
    /// its <c>ManualRange</c> is that interval, so ScottPlot's normalised position maps back to the same log ratio.
    /// (ScottPlot's own interpolated colormaps space their colours evenly; these stops are not evenly spaced.)
    /// </summary>
    private sealed class RatioColormap : IColormap
    {
        public string Name => "ratio to the hand loop";

        public Color GetColor(double position) => ColourAtLog(LogLow + Math.Clamp(position, 0, 1) * (LogHigh - LogLow));
    }

    /// <summary>A rendered-to-be chart: the plot and the image size that gives every cell its fixed size.</summary>
    /// <param name="Plot">The ScottPlot figure.</param>
    /// <param name="Width">The image width, in pixels.</param>
    /// <param name="Height">The image height, in pixels.</param>
    public sealed record Figure(Plot Plot, int Width, int Height) : IDisposable
    {
        /// <inheritdoc />
        public void Dispose() => Plot.Dispose();
    }

    /// <summary>The top-left pixel of a cell in the image: <paramref name="row"/> counts panel titles and pipelines
    /// from the top, <paramref name="column"/> the implementations from the left.</summary>
    public static (int X, int Y) CellCorner(int row, int column) =>
        ((int)Padding.Left + column * CellWidth, (int)Padding.Top + row * CellHeight);

    /// <summary>Renders the heatmap and writes it as a PNG.</summary>
    public static void Save(IReadOnlyList<PipelineResult> results, string path, MachineInfo machine)
    {
        using var figure = Build(results, machine);
        figure.Plot.SavePng(path, figure.Width, figure.Height);
    }

    /// <summary>The heatmap as a ScottPlot figure. One ScottPlot heatmap holds every row, top to bottom: per mode a
    /// title row (transparent through the heatmap's alpha map) and then its pipelines; with ScottPlot's default extent,
    /// row r is centred at y = rows - 1 - r and column c at x = c, one unit per cell.</summary>
    public static Figure Build(IReadOnlyList<PipelineResult> results, MachineInfo machine)
    {
        var impls = Report.Implementations(results).Where(i => i != Layout.HandLoop).ToList();
        var modes = Report.Modes(results);
        var panels = modes.Select(m => results.Where(p => p.Mode == m).ToList()).ToList();
        int rows = panels.Sum(p => 1 + p.Count), columns = impls.Count;
        double Y(int row) => rows - 1 - row;

        var plot = new Plot();
        plot.Font.Set(FontName);
        plot.HideGrid();
        plot.Axes.Frame(false);
        plot.Title($"Median time / hand-written loop (lower is better; 1x = the loop) — {machine.DateUtc:yyyy-MM-dd}, {machine.Cores} cores, {machine.Cpu}", 19);

        var log = new double[rows, columns];
        var alpha = new byte[rows, columns];
        var rowTicks = new ScottPlot.TickGenerators.NumericManual();
        var texts = new List<(string Text, double X, double Y, Color Colour, Alignment Alignment)>();
        int row = 0;
        for (int k = 0; k < panels.Count; k++)
        {
            // The title row: a finite intensity (the heatmap's data range must exist) drawn fully transparent.
            texts.Add((modes[k].Label(), -0.5, Y(row), Colors.Black, Alignment.MiddleLeft));
            row++;
            int first = row;
            foreach (var p in panels[k])
            {
                rowTicks.AddMajor(Y(row), p.Group);
                for (int c = 0; c < columns; c++)
                {
                    double? ratio = p.Find(impls[c]) is { } m ? p.RatioToHand(m) : null;
                    log[row, c] = ratio is { } r ? Math.Log10(Math.Max(r, 1e-9)) : double.NaN;
                    alpha[row, c] = 255;
                    texts.Add((ratio is { } r2 ? Targets.X(r2) : "–", c, Y(row), ratio is { } r3 ? TextColourOn(ColourFor(r3)) : Colors.Gray, Alignment.MiddleCenter));
                }
                row++;
            }
            // White lines between the panel's cells (a heatmap draws none): over the cells, under the text.
            double top = Y(first) + 0.5, bottom = Y(row - 1) - 0.5;
            if (row > first && columns > 0)
            {
                for (int c = 0; c <= columns; c++) Separator(plot, c - 0.5, bottom, c - 0.5, top);
                for (double y = bottom; y <= top; y++) Separator(plot, -0.5, y, columns - 0.5, y);
            }
        }

        ScottPlot.Plottables.Heatmap? heatmap = null;
        if (rows > 0 && columns > 0)
        {
            heatmap = plot.Add.Heatmap(log);
            heatmap.AlphaMap = alpha;
            heatmap.NaNCellColor = Missing;
            heatmap.ManualRange = new ScottPlot.Range(LogLow, LogHigh);
            heatmap.Colormap = new RatioColormap();
            plot.MoveToBack(heatmap);
        }
        foreach (var (text, x, y, colour, alignment) in texts)
        {
            var label = plot.Add.Text(text, x, y);
            label.LabelFontColor = colour;
            label.LabelFontSize = FontSize;
            label.LabelFontName = FontName;
            label.LabelBold = true;
            label.Alignment = alignment;
        }

        plot.Axes.SetLimits(-0.5, columns - 0.5, -0.5, rows - 0.5);
        plot.Axes.SetLimitsX(-0.5, columns - 0.5, plot.Axes.Top);
        plot.Axes.Left.TickGenerator = rowTicks;
        plot.Axes.Top.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. Enumerable.Range(0, columns).Select(c => (double)c)], [.. impls]);
        plot.Axes.Top.IsVisible = true;
        plot.Axes.Top.TickLabelStyle.Rotation = -35;
        plot.Axes.Top.TickLabelStyle.Alignment = Alignment.MiddleLeft;
        plot.Axes.Top.TickLabelStyle.Bold = true;
        plot.Axes.Top.MinimumSize = HeaderHeight; // ScottPlot measures the labels unrotated; the title goes above this
        plot.Axes.Bottom.IsVisible = false;
        foreach (var axis in new IAxis[] { plot.Axes.Left, plot.Axes.Top })
        {
            axis.TickLabelStyle.FontSize = FontSize;
            axis.TickLabelStyle.FontName = FontName;
            axis.MajorTickStyle.Length = 0;
            axis.MinorTickStyle.Length = 0;
        }

        if (heatmap is not null)
        {
            var bar = plot.Add.ColorBar(heatmap, Edge.Bottom);
            bar.Label = "colour = median time / hand loop, log scale";
            bar.LabelStyle.FontSize = FontSize;
            bar.Axis.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
                [.. Ticks.Select(Math.Log10)], [.. Ticks.Select(t => t.ToString("0.#", CultureInfo.InvariantCulture) + "x")]);
            bar.Axis.TickLabelStyle.FontSize = FontSize;
        }

        plot.Layout.Fixed(Padding);
        return new Figure(plot, (int)(Padding.Left + Padding.Right) + columns * CellWidth, (int)(Padding.Top + Padding.Bottom) + rows * CellHeight);
    }

    private static void Separator(Plot plot, double x1, double y1, double x2, double y2)
    {
        var line = plot.Add.Line(x1, y1, x2, y2);
        line.LineColor = Colors.White;
        line.LineWidth = 2;
    }
}
