using ScottPlot;

namespace Dreamer.Host.Matrix;

/// <summary>Saves a plot as a PNG atomically (a partial file, then a rename), creating the folder.</summary>
public static class PngFile
{
    public static void Save(Plot plot, string path, int width, int height)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null) Directory.CreateDirectory(directory);
        var partial = path + ".partial.png";
        plot.SavePng(partial, width, height);
        File.Move(partial, path, overwrite: true);
    }
}
