using ScottPlot;

namespace Dreamer.Host.Matrix;

/// <summary>
/// Learning curves of several cells as a PNG in the style of <see cref="Training.Logging.LearningCurvePlot"/>: eval return
/// against environment steps, one line per cell (mean over seeds) with a translucent 95% band.
/// </summary>
public static class CurvePlot
{
    public static void Save(string path, string title, IReadOnlyList<CurveSeries> series, int width = 800, int height = 450)
    {
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        for (var i = 0; i < series.Count; i++)
        {
            var line = series[i];
            if (line.Steps.Count == 0) continue;
            var color = palette.GetColor(i);
            var xs = line.Steps.Select(s => (double)s).ToArray();
            var band = plot.Add.FillY(xs, line.Values.Select(v => v.Lower).ToArray(), line.Values.Select(v => v.Upper).ToArray());
            band.FillColor = color.WithAlpha(0.2);
            band.LineWidth = 0;
            var scatter = plot.Add.Scatter(xs, line.Values.Select(v => v.Estimate).ToArray());
            scatter.LegendText = line.Label;
            scatter.Color = color;
            scatter.MarkerSize = 4;
            scatter.LineWidth = 2;
        }
        plot.Title(title);
        plot.XLabel("environment steps");
        plot.YLabel("eval return (mean over seeds, 95% CI)");
        plot.ShowLegend(Alignment.UpperLeft);
        PngFile.Save(plot, path, width, height);
    }
}
