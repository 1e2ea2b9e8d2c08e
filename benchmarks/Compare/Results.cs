namespace Streams.Benchmarks.Compare;

/// <summary>From raw measurements (one per launch) to the report's rows.</summary>
public static class Results
{
    /// <summary>One row per mode, pipeline, size and implementation: the median of its launches' medians (and of their
    /// allocations, which are the same in every launch for these deterministic pipelines).</summary>
    public static List<Measurement> MedianOverLaunches(IEnumerable<Measurement> rows) =>
        rows.GroupBy(r => (r.Mode, r.Group, r.Implementation, r.Size))
            .Select(g => g.First() with
            {
                MedianNs = Median(g.Select(r => r.MedianNs)),
                AllocatedBytes = g.All(r => r.AllocatedBytes is not null) ? (long)Median(g.Select(r => (double)r.AllocatedBytes!.Value)) : null,
            })
            .ToList();

    /// <summary>The median (the mean of the middle two for an even count).</summary>
    /// <exception cref="ArgumentException">No values.</exception>
    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0) throw new ArgumentException("The median of no values is undefined.", nameof(values));
        int mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /// <summary>Groups measurements by mode, pipeline and size in the report's order (isolated first; pipelines as in
    /// <see cref="Layout.Pipelines"/>; a pipeline's shapes from the most outer elements down), implementations in
    /// <see cref="Layout.Implementations"/> order. A pipeline measured at several sizes gets its shape in the row label.</summary>
    public static List<PipelineResult> Group(IEnumerable<Measurement> measurements)
    {
        var rows = measurements.ToList();
        var multiSize = rows.GroupBy(r => r.Group).Where(g => g.Select(r => r.Size).Distinct().Count() > 1).Select(g => g.Key).ToHashSet();
        return rows
            .GroupBy(r => (r.Mode, r.Group, r.Size))
            .OrderBy(g => g.Key.Mode)
            .ThenBy(g => Layout.PipelineIndex(g.Key.Group))
            .ThenBy(g => g.Key.Group, StringComparer.Ordinal)
            .ThenByDescending(g => g.Key.Size.M == 0 ? 0 : (double)g.Key.Size.N / g.Key.Size.M)
            .Select(g => new PipelineResult(
                multiSize.Contains(g.Key.Group) ? $"{g.Key.Group} {Report.Shape(g.Key.Size)}" : g.Key.Group,
                g.Key.Size,
                g.OrderBy(r => Layout.ImplementationIndex(r.Implementation)).ThenBy(r => r.Implementation, StringComparer.Ordinal).ToList(),
                g.Key.Mode))
            .ToList();
    }
}
