using ScottPlot;

namespace Dreamer.Host.Matrix;

/// <summary>
/// Curves of several arms as a PNG in the style of <see cref="Training.Logging.LearningCurvePlot"/>: one line per arm
/// with markers and a translucent 95% band.
/// </summary>
public static class CurvePlot
{
    /// <summary>Draws <paramref name="series"/> with the given title and axis labels.</summary>
    public static void Save(string path, string title, string xLabel, string yLabel, IReadOnlyList<CurveSeries> series, int width = 800, int height = 450)
    {
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        for (var i = 0; i < series.Count; i++)
        {
            var line = series[i];
            if (line.X.Count == 0) continue;
            var color = palette.GetColor(i);
            var xs = line.X.ToArray();
            var band = plot.Add.FillY(xs, line.Values.Select(v => v.Lower).ToArray(), line.Values.Select(v => v.Upper).ToArray());
            band.FillColor = color.WithAlpha(0.2);
            band.LineWidth = 0;
            var scatter = plot.Add.Scatter(xs, line.Values.Select(v => v.Estimate).ToArray());
            scatter.LegendText = line.Label;
            scatter.Color = color;
            scatter.MarkerSize = xs.Length > 40 ? 0 : 4;
            scatter.LineWidth = 2;
        }
        plot.Title(title);
        plot.XLabel(xLabel);
        plot.YLabel(yLabel);
        plot.ShowLegend(Alignment.UpperRight);
        PngFile.Save(plot, path, width, height);
    }
}
