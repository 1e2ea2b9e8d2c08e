using ScottPlot;

namespace Streams.Benchmarks.Compare;

/// <summary>
/// The bar chart: one group per pipeline, one bar per implementation, height = log10(median / hand loop), so the
/// hand loop is the zero line, slower implementations rise above it and faster ones hang below.
/// </summary>
public static class Chart
{
    public static void Save(IReadOnlyList<PipelineResult> results, string path, MachineInfo machine)
    {
        // The hand loop is the 1x line itself: no bar for it.
        var impls = Report.Implementations(results).Where(i => i != PipelineResult.Baseline).ToList();
        var palette = new ScottPlot.Palettes.Category10();
        var plot = new Plot();
        var bars = new List<Bar>();
        double groupWidth = impls.Count + 1.5;
        var tickPositions = new List<double>();
        var tickLabels = new List<string>();
        for (int g = 0; g < results.Count; g++)
        {
            var p = results[g];
            double start = g * groupWidth;
            for (int i = 0; i < impls.Count; i++)
            {
                var m = p.Rows.FirstOrDefault(r => r.Implementation == impls[i]);
                if (m is null || p.RatioToHand(m) is not { } ratio) continue;
                bars.Add(new Bar
                {
                    Position = start + i,
                    Value = Math.Log10(ratio),
                    ValueBase = 0,
                    FillColor = palette.GetColor(i),
                    LineWidth = 0,
                    Size = 0.9,
                });
            }
            tickPositions.Add(start + (impls.Count - 1) / 2.0);
            tickLabels.Add(p.Group);
        }
        plot.Add.Bars(bars);
        plot.Add.HorizontalLine(0, 1, Colors.Black);

        plot.Axes.Bottom.SetTicks([.. tickPositions], [.. tickLabels]);
        plot.Axes.Bottom.TickLabelStyle.Rotation = 30;
        plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleLeft;
        plot.Axes.Bottom.TickLabelStyle.FontSize = 14;
        plot.Axes.Bottom.MinimumSize = 150;
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            MinorTickGenerator = new ScottPlot.TickGenerators.LogMinorTickGenerator(),
            IntegerTicksOnly = true,
            LabelFormatter = y => Math.Pow(10, y).ToString("0.###", System.Globalization.CultureInfo.InvariantCulture) + "x",
        };
        plot.Axes.Left.Label.Text = "median time / hand loop (log scale)";
        plot.Title($"Streams vs alternatives: ratio to the hand-written loop ({machine.Cores} cores, {machine.DateUtc:yyyy-MM-dd})");
        plot.Grid.XAxisStyle.MajorLineStyle.Width = 0;

        for (int i = 0; i < impls.Count; i++)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = impls[i], FillColor = palette.GetColor(i) });
        }
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "hand loop = 1x line", LineColor = Colors.Black, LineWidth = 2 });
        plot.Legend.IsVisible = true;
        plot.Legend.Alignment = Alignment.UpperLeft;
        plot.Legend.Orientation = Orientation.Horizontal;

        plot.SavePng(path, 1800, 800);
    }
}
