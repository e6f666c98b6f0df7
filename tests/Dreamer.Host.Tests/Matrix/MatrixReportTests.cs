using Dreamer.Host.Matrix;
using Dreamer.Training.Logging;
using Dreamer.Training.Runs;

namespace Dreamer.Host.Tests.Matrix;

public sealed class MatrixReportTests : IDisposable
{
    private readonly MatrixTestFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void ReportHoldsCurvesFinalScoresAggregatesAndProbabilityOfImprovement()
    {
        var path = folder.Write("m.yaml", """
            base: base.yaml
            axes:
              latent: [ { type: latent.categorical }, { type: latent.gaussian } ]
            seeds: [0, 1]
            environments: [minatar.breakout, minatar.asterix]
            reference_scores: { minatar.breakout: { random: 0, target: 10 }, minatar.asterix: { random: 0, target: 10 } }
            """);
        var manifest = MatrixManifest.Of(MatrixPlan.Expand(MatrixFileLoader.Load(path)), new CellCommand(["dreamer"]));
        var directory = Path.Combine(folder.Root, "runs");
        manifest.Write(directory);
        foreach (var cell in manifest.Cells)
        {
            // categorical scores 10 + seed, gaussian 5 + seed; eval every 100 steps, linear ramp.
            var final = (cell.Variant == "latent=categorical" ? 10 : 5) + cell.Seed;
            var runDirectory = cell.RunDirectory(directory);
            Directory.CreateDirectory(runDirectory);
            using (var log = new MetricsLog(Path.Combine(runDirectory, "metrics.jsonl")))
                for (var step = 1; step <= 4; step++)
                    log.Write(step * 100, [new("return/eval", final * step / 4.0)]);
            RunStatusFile.Write(runDirectory, new RunStatus(RunState.Finished, 400, 400, 40, final, "done"));
        }

        var report = File.ReadAllText(new MatrixReport(manifest, directory, new ReportOptions(Last: 1, Repetitions: 200, Seed: 0)).Write());

        Assert.Contains("- cells: 8 (8 finished); runs with eval returns: 8", report);
        Assert.Contains("- scores are normalised per environment: (score − random) / (target − random)", report);
        Assert.Contains("| minatar.breakout | latent=categorical | 2 | 10.5 | [4.147, 16.853] | 10, 11 |", report);
        // Normalised categorical scores are 1.0 and 1.1 on both games: IQM 1.05, optimality gap 0.
        Assert.Matches(@"\| latent=categorical \| 1\.05 \[1(\.\d+)?, 1\.1\] \| 1\.05 \[[^]]+\] \| 1\.05 \[[^]]+\] \| 0 \[0, 0\] \|", report);
        Assert.Contains("| latent=categorical | — | 1 [1, 1] |", report);
        Assert.Contains("| latent=gaussian | 0 [0, 0] | — |", report);
        foreach (var png in new[] { "curve-breakout.png", "curve-asterix.png", "final-scores.png", "aggregates.png" })
        {
            var bytes = File.ReadAllBytes(Path.Combine(directory, "plots", png));
            Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, bytes[..4]);
            Assert.Contains($"(plots/{png})", report);
        }
        Assert.Equal(report, File.ReadAllText(new MatrixReport(manifest, directory, new ReportOptions(Last: 1, Repetitions: 200, Seed: 0)).Write()));
    }
}
