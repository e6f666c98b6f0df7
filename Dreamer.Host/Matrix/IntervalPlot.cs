using ScottPlot;

namespace Dreamer.Host.Matrix;

/// <summary>
/// Point estimates with confidence intervals as a PNG: groups along the x axis (environments, or aggregate metrics),
/// one coloured series per cell inside each group, a vertical line from lower to upper end and a marker at the estimate.
/// </summary>
public static class IntervalPlot
{
    /// <summary>
    /// Draws <paramref name="series"/>: each has one interval per group (null where it has no value); a fixed y range
    /// and a dashed horizontal reference line (such as 0.5 for a probability of improvement) are optional.
    /// </summary>
    public static void Save(string path, string title, string yLabel, IReadOnlyList<string> groups,
        IReadOnlyList<(string Label, IReadOnlyList<ConfidenceInterval?> Values)> series, int width = 800, int height = 500,
        (double Low, double High)? yRange = null, double? reference = null)
    {
        var plot = new Plot();
        if (reference is { } level)
        {
            var line = plot.Add.HorizontalLine(level);
            line.LinePattern = LinePattern.Dashed;
            line.Color = Colors.Gray;
        }
        var palette = new ScottPlot.Palettes.Category10();
        var spread = 0.6;
        for (var s = 0; s < series.Count; s++)
        {
            var color = palette.GetColor(s);
            var offset = series.Count == 1 ? 0 : -spread / 2 + spread * s / (series.Count - 1);
            var xs = new List<double>();
            var ys = new List<double>();
            for (var g = 0; g < groups.Count; g++)
            {
                if (series[s].Values[g] is not { } interval) continue;
                var x = g + offset;
                var line = plot.Add.Line(x, interval.Lower, x, interval.Upper);
                line.Color = color;
                line.LineWidth = 3;
                xs.Add(x);
                ys.Add(interval.Estimate);
            }
            if (xs.Count == 0) continue;
            var points = plot.Add.Scatter(xs.ToArray(), ys.ToArray());
            points.LineWidth = 0;
            points.MarkerSize = 9;
            points.Color = color;
            points.LegendText = series[s].Label;
        }
        plot.Axes.Bottom.SetTicks(Enumerable.Range(0, groups.Count).Select(g => (double)g).ToArray(), groups.ToArray());
        plot.Axes.SetLimitsX(-0.6, groups.Count - 0.4);
        if (yRange is var (low, high)) plot.Axes.SetLimitsY(low, high);
        plot.Title(title);
        plot.YLabel(yLabel);
        plot.ShowLegend(Edge.Bottom);
        PngFile.Save(plot, path, width, height);
    }
}
