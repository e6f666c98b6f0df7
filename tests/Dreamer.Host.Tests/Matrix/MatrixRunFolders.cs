using Dreamer.Host.Matrix;
using Dreamer.Training.Logging;
using Dreamer.Training.Runs;

namespace Dreamer.Host.Tests.Matrix;

/// <summary>Fabricates a planned matrix folder with run folders (metrics.jsonl, status.json, optional resolved.yaml) for report and export tests.</summary>
internal static class MatrixRunFolders
{
    /// <summary>Plans <paramref name="matrixText"/> in <paramref name="folder"/> and writes its manifest into <c>runs</c>; returns the manifest and the matrix folder.</summary>
    public static (MatrixManifest Manifest, string Directory) Plan(MatrixTestFolder folder, string matrixText)
    {
        var path = folder.Write("m.yaml", matrixText);
        var manifest = MatrixManifest.Of(MatrixPlan.Expand(MatrixFileLoader.Load(path)), new CellCommand(["dreamer"]));
        var directory = Path.Combine(folder.Root, "runs");
        manifest.Write(directory);
        return (manifest, directory);
    }

    /// <summary>
    /// Writes a run folder: one eval record per (step, return), each logged with <paramref name="episodes"/> episodes of
    /// mean length 123, and a finished status.
    /// </summary>
    public static void WriteRun(string runDirectory, IEnumerable<(long Step, double Return)> evals, int episodes = 10, double? wallSeconds = null, string? device = null)
    {
        Directory.CreateDirectory(runDirectory);
        long last = 0;
        using (var log = new MetricsLog(Path.Combine(runDirectory, "metrics.jsonl")))
        {
            foreach (var (step, value) in evals)
            {
                log.Write(step, [new("return/eval", value), new("episode/eval_length", 123), new("episode/eval_episodes", episodes)]);
                log.Write(step + 1, [new("return/train", -100), new("loss/model", 1)]);
                last = step;
            }
        }
        RunStatusFile.Write(runDirectory, new RunStatus(RunState.Finished, last, last, last / 10, null, "done", wallSeconds, device));
    }

    /// <summary>Writes a <c>resolved.yaml</c> naming <paramref name="environment"/> and <c>training.eval_episodes</c>.</summary>
    public static void WriteResolved(string runDirectory, string environment, int evalEpisodes = 10)
    {
        Directory.CreateDirectory(runDirectory);
        File.WriteAllText(Path.Combine(runDirectory, "resolved.yaml"),
            $"environment:\n  type: {environment}\n  with:\n    sticky: 0.1\ntraining:\n  steps: 400\n  eval_episodes: {evalEpisodes}\n");
    }
}
