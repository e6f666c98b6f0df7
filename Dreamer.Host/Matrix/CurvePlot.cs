using ScottPlot;

namespace Dreamer.Host.Matrix;

/// <summary>
/// Curves of several arms as a PNG in the style of <see cref="Training.Logging.LearningCurvePlot"/>: one line per arm
/// with markers (dashed for every second arm, so equal curves stay visible) over translucent 95% bands drawn first.
/// </summary>
public static class CurvePlot
{
    /// <summary>Draws <paramref name="series"/> with the given title and axis labels.</summary>
    public static void Save(string path, string title, string xLabel, string yLabel, IReadOnlyList<CurveSeries> series, int width = 800, int height = 500)
    {
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        for (var i = 0; i < series.Count; i++)
        {
            if (series[i].X.Count == 0) continue;
            var band = plot.Add.FillY(series[i].X.ToArray(), series[i].Values.Select(v => v.Lower).ToArray(), series[i].Values.Select(v => v.Upper).ToArray());
            band.FillColor = palette.GetColor(i).WithAlpha(0.15);
            band.LineWidth = 0;
        }
        for (var i = 0; i < series.Count; i++)
        {
            var line = series[i];
            if (line.X.Count == 0) continue;
            var scatter = plot.Add.Scatter(line.X.ToArray(), line.Values.Select(v => v.Estimate).ToArray());
            scatter.LegendText = line.Label;
            scatter.Color = palette.GetColor(i);
            scatter.MarkerSize = line.X.Count > 40 ? 0 : 5;
            scatter.LineWidth = 2;
            scatter.LinePattern = i % 2 == 0 ? LinePattern.Solid : LinePattern.Dashed;
        }
        plot.Title(title);
        plot.XLabel(xLabel);
        plot.YLabel(yLabel);
        plot.ShowLegend(Edge.Bottom);
        PngFile.Save(plot, path, width, height);
    }
}
