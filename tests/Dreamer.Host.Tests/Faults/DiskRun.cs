using System.Globalization;
using System.Text.RegularExpressions;
using Dreamer.Training.Checkpoints;
using Dreamer.Training.Replay;

namespace Dreamer.Host.Tests.Faults;

/// <summary>What the disk tests read back from a run folder: the error lines of a command's output, and the episodes on disk.</summary>
internal static class DiskRun
{
    public static string Data(string name) => Path.Combine(AppContext.BaseDirectory, "Faults", "Data", name);

    /// <summary>The lines of <paramref name="output"/> that start with <c>error:</c>.</summary>
    public static IReadOnlyList<string> ErrorLines(string output) =>
        output.Split('\n').Where(line => line.StartsWith("error:", StringComparison.Ordinal)).ToList();

    /// <summary>The episode files of <paramref name="runDirectory"/>, each read back (a file that does not load fails the test).</summary>
    public static IReadOnlyDictionary<string, Episode> Episodes(string runDirectory) =>
        Directory.GetFiles(Path.Combine(runDirectory, "episodes"), "*.npz")
            .Order(StringComparer.Ordinal)
            .ToDictionary(path => Path.GetFileName(path), path => EpisodeFile.Read(path), StringComparer.Ordinal);

    /// <summary>The counters of the newest checkpoint of <paramref name="runDirectory"/>.</summary>
    public static TrainingCounters Latest(string runDirectory) => CheckpointStore.Load(new CheckpointStore(runDirectory).Latest()!).Counters;

    /// <summary>The bytes a disk-full line says the write needs and the disk has free (rounded as printed).</summary>
    public static (double Needed, double Free) Figures(string line)
    {
        var match = Regex.Match(line, @"needs about (?<needed>[0-9.]+) (?<neededUnit>KB|MB), (?<free>[0-9.]+) (?<freeUnit>KB|MB) free on ");
        Assert.True(match.Success, line);
        double Bytes(string value, string unit) => double.Parse(match.Groups[value].Value, CultureInfo.InvariantCulture) * (match.Groups[unit].Value == "MB" ? 1024 * 1024 : 1024);
        return (Bytes("needed", "neededUnit"), Bytes("free", "freeUnit"));
    }

    /// <summary>Files and folders left half-written: names that end in <c>.partial</c>.</summary>
    public static IReadOnlyList<string> Partials(string runDirectory) =>
        Directory.EnumerateFileSystemEntries(runDirectory, "*.partial*", SearchOption.AllDirectories).ToList();
}
