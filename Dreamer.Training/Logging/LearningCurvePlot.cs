using ScottPlot;

namespace Dreamer.Training.Logging;

/// <summary>
/// Draws the learning curve of a run as a PNG: evaluation return against environment steps, the training return
/// faintly behind it, and an optional horizontal line for the random policy's mean return.
/// </summary>
public static class LearningCurvePlot
{
    public static void Save(string path, IReadOnlyList<MetricsRecord> records, string title, double? randomReturn, int width = 800, int height = 450)
    {
        var plot = new Plot();
        AddSeries(plot, records, "return/train", "train return", Colors.Gray.WithAlpha(0.5), markers: false);
        AddSeries(plot, records, "return/eval", "eval return", Colors.Blue, markers: true);
        if (randomReturn is { } random)
        {
            var line = plot.Add.HorizontalLine(random);
            line.LegendText = "random policy";
            line.Color = Colors.Red;
            line.LinePattern = LinePattern.Dashed;
        }
        plot.Title(title);
        plot.XLabel("environment steps");
        plot.YLabel("episode return");
        plot.ShowLegend(Alignment.UpperLeft);
        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (directory is not null) Directory.CreateDirectory(directory);
        var partial = path + ".partial.png";
        plot.SavePng(partial, width, height);
        File.Move(partial, path, overwrite: true);
    }

    private static void AddSeries(Plot plot, IReadOnlyList<MetricsRecord> records, string key, string label, Color color, bool markers)
    {
        var points = records.Where(r => r.Scalars.TryGetValue(key, out var v) && double.IsFinite(v)).ToList();
        if (points.Count == 0) return;
        var scatter = plot.Add.Scatter(points.Select(r => (double)r.Step).ToArray(), points.Select(r => r.Scalars[key]).ToArray());
        scatter.LegendText = label;
        scatter.Color = color;
        scatter.MarkerSize = markers ? 6 : 0;
        scatter.LineWidth = markers ? 2 : 1;
    }
}
