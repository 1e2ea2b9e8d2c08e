using System.Globalization;
using SkiaSharp;

namespace Streams.Benchmarks.Compare;

/// <summary>
/// The heatmap: one panel per mode, pipelines down, implementations across, each cell coloured by the log of its
/// ratio to the hand loop (green at or below 1x, through yellow and orange, to dark red at 1000x and beyond) and
/// labelled with the ratio itself. The hand loop is the yardstick, so it has no column.
/// </summary>
public static class Chart
{
    private const int CellWidth = 84, CellHeight = 30, LabelWidth = 190, HeaderHeight = 118, PanelTitleHeight = 34, Margin = 16, LegendHeight = 74, RightMargin = 90;

    /// <summary>Colour stops on log10(ratio): ratio → colour (a red-yellow-green scale, reversed: green is fast).</summary>
    public static readonly IReadOnlyList<(double Ratio, SKColor Colour)> Stops =
    [
        (0.5, new SKColor(0x00, 0x68, 0x37)),
        (1.0, new SKColor(0x1a, 0x98, 0x50)),
        (1.5, new SKColor(0x91, 0xcf, 0x60)),
        (3, new SKColor(0xfe, 0xe0, 0x8b)),
        (10, new SKColor(0xfc, 0x8d, 0x59)),
        (100, new SKColor(0xd7, 0x30, 0x27)),
        (1000, new SKColor(0x67, 0x00, 0x1f)),
    ];

    /// <summary>The cell colour of a ratio: interpolated between <see cref="Stops"/> on a log scale, clamped at both ends.</summary>
    public static SKColor ColourFor(double ratio)
    {
        double x = Math.Log10(Math.Max(ratio, 1e-9));
        if (x <= Math.Log10(Stops[0].Ratio)) return Stops[0].Colour;
        for (int i = 1; i < Stops.Count; i++)
        {
            double lo = Math.Log10(Stops[i - 1].Ratio), hi = Math.Log10(Stops[i].Ratio);
            if (x <= hi)
            {
                double t = (x - lo) / (hi - lo);
                var (a, b) = (Stops[i - 1].Colour, Stops[i].Colour);
                return new SKColor(Mix(a.Red, b.Red, t), Mix(a.Green, b.Green, t), Mix(a.Blue, b.Blue, t));
            }
        }
        return Stops[^1].Colour;
    }

    /// <summary>Black or white, whichever reads better on <paramref name="background"/>.</summary>
    public static SKColor TextColourOn(SKColor background) =>
        0.299 * background.Red + 0.587 * background.Green + 0.114 * background.Blue < 140 ? SKColors.White : SKColors.Black;

    private static byte Mix(byte a, byte b, double t) => (byte)Math.Round(a + (b - a) * t);

    /// <summary>Renders the heatmap and writes it as a PNG.</summary>
    public static void Save(IReadOnlyList<PipelineResult> results, string path, MachineInfo machine)
    {
        using var image = Render(results, machine);
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        using var file = File.Create(path);
        data.SaveTo(file);
    }

    /// <summary>The heatmap as an image.</summary>
    public static SKImage Render(IReadOnlyList<PipelineResult> results, MachineInfo machine)
    {
        var impls = Report.Implementations(results).Where(i => i != Layout.HandLoop).ToList();
        var modes = Report.Modes(results);
        var panels = modes.Select(m => results.Where(p => p.Mode == m).ToList()).ToList();
        int width = Margin * 2 + LabelWidth + impls.Count * CellWidth + RightMargin; // rotated headers lean right
        int height = Margin * 2 + 40 + HeaderHeight + panels.Sum(p => PanelTitleHeight + p.Count * CellHeight) + LegendHeight;

        using var surface = SKSurface.Create(new SKImageInfo(width, height));
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        using var typeface = SKTypeface.FromFamilyName("DejaVu Sans") ?? SKTypeface.Default;
        using var bold = SKTypeface.FromFamilyName("DejaVu Sans", SKFontStyle.Bold) ?? typeface;
        using var titleFont = new SKFont(bold, 19);
        using var headFont = new SKFont(bold, 14);
        using var font = new SKFont(typeface, 14);
        using var cellFont = new SKFont(bold, 14);
        using var paint = new SKPaint { IsAntialias = true, Color = SKColors.Black };
        using var fill = new SKPaint { IsAntialias = false, Style = SKPaintStyle.Fill };
        using var grid = new SKPaint { Color = SKColors.White, StrokeWidth = 2, Style = SKPaintStyle.Stroke };

        float y = Margin + 22;
        canvas.DrawText($"Median time / hand-written loop (lower is better; 1x = the loop) — {machine.DateUtc:yyyy-MM-dd}, {machine.Cores} cores, {machine.Cpu}",
            Margin, y, SKTextAlign.Left, titleFont, paint);
        y += 18;

        // Column headers, rotated so that long names fit above narrow cells.
        float left = Margin + LabelWidth;
        float headerBottom = y + HeaderHeight - 6;
        for (int c = 0; c < impls.Count; c++)
        {
            canvas.Save();
            canvas.Translate(left + c * CellWidth + CellWidth / 2f + 4, headerBottom);
            canvas.RotateDegrees(-35);
            canvas.DrawText(impls[c], 0, 0, SKTextAlign.Left, headFont, paint);
            canvas.Restore();
        }
        y += HeaderHeight;

        for (int k = 0; k < panels.Count; k++)
        {
            canvas.DrawText(modes[k].Label(), Margin, y + PanelTitleHeight - 11, SKTextAlign.Left, headFont, paint);
            y += PanelTitleHeight;
            foreach (var p in panels[k])
            {
                canvas.DrawText(p.Group, Margin + LabelWidth - 10, y + CellHeight / 2f + 5, SKTextAlign.Right, font, paint);
                for (int c = 0; c < impls.Count; c++)
                {
                    var rect = SKRect.Create(left + c * CellWidth, y, CellWidth, CellHeight);
                    double? ratio = p.Find(impls[c]) is { } m ? p.RatioToHand(m) : null;
                    fill.Color = ratio is { } r ? ColourFor(r) : new SKColor(0xee, 0xee, 0xee);
                    canvas.DrawRect(rect, fill);
                    canvas.DrawRect(rect, grid);
                    paint.Color = ratio is { } r2 ? TextColourOn(ColourFor(r2)) : SKColors.Gray;
                    canvas.DrawText(ratio is { } r3 ? Targets.X(r3) : "–", rect.MidX, rect.MidY + 5, SKTextAlign.Center, cellFont, paint);
                    paint.Color = SKColors.Black;
                }
                y += CellHeight;
            }
        }

        // Legend: the colour scale with its ratio ticks.
        y += 22;
        float barLeft = Margin + LabelWidth, barWidth = Math.Min(impls.Count * CellWidth, 700), barHeight = 16;
        double lo = Math.Log10(Stops[0].Ratio), hi = Math.Log10(Stops[^1].Ratio);
        for (int i = 0; i < (int)barWidth; i++)
        {
            fill.Color = ColourFor(Math.Pow(10, lo + (hi - lo) * i / barWidth));
            canvas.DrawRect(SKRect.Create(barLeft + i, y, 1, barHeight), fill);
        }
        canvas.DrawText("colour = log ratio", Margin + LabelWidth - 10, y + 13, SKTextAlign.Right, font, paint);
        foreach (var tick in new[] { 0.5, 1, 1.5, 3, 10, 30, 100, 1000 })
        {
            float x = barLeft + (float)((Math.Log10(tick) - lo) / (hi - lo) * barWidth);
            canvas.DrawLine(x, y + barHeight, x, y + barHeight + 5, paint);
            canvas.DrawText(tick.ToString("0.#", CultureInfo.InvariantCulture) + "x", x, y + barHeight + 20, SKTextAlign.Center, font, paint);
        }
        return surface.Snapshot();
    }
}
