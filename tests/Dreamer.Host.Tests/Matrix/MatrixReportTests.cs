using System.Text.RegularExpressions;
using Dreamer.Host.Matrix;
using Dreamer.Host.Tests.Cli;

namespace Dreamer.Host.Tests.Matrix;

public sealed class MatrixReportTests : IDisposable
{
    private const string TwoGames = """
        base: base.yaml
        axes:
          latent: [ { type: latent.categorical }, { type: latent.gaussian } ]
        seeds: [0, 1]
        environments: [minatar.breakout, minatar.asterix]
        reference_scores: { minatar.breakout: { random: 0, target: 10 }, minatar.asterix: { random: 0, target: 10 } }
        """;

    private readonly MatrixTestFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void ReportHoldsProtocolComputeCurvesFinalScoresAndRliableStatistics()
    {
        var (manifest, directory) = WriteTwoGames();

        var report = File.ReadAllText(new MatrixReport(manifest, directory, new ReportOptions(Repetitions: 500)).Write());

        Assert.Contains("- cells: 8 (8 finished); runs with eval returns: 8", report);
        Assert.Contains("- arms: `latent=categorical`, `latent=gaussian`; baseline: `latent=categorical`", report);
        Assert.Contains("- environments (tasks): `minatar.breakout`, `minatar.asterix`; seeds (runs): 0, 1", report);
        Assert.Contains("500 resamples, seed 0", report);
        Assert.Contains("- scored records: `return/eval` in each run's metrics.jsonl (greedy evaluation episodes; training returns are not used); runs have 4 eval(s) each", report);
        Assert.Contains("- episodes per eval: 10 (`episode/eval_episodes` logged with each eval; `episode/eval_length` in metrics files older than it)", report);
        Assert.Contains("- final score of a run: the mean of its last 1 eval(s) (`--last`)", report);
        // Compute: 3725.4 s → 1:02:05 for the first cell; the others recorded no wall time or device.
        Assert.Contains("| latent=categorical,env=breakout/seed=0 | 1:02:05 | 400 | 40 | cuda:0 |", report);
        Assert.Contains("| latent=categorical,env=breakout/seed=1 | — | 400 | 40 | — |", report);
        Assert.Contains("| total | — (1:02:05 recorded) | 3200 | 320 | |", report);
        // Seeds 10 and 11: resampled means are 10, 10.5 or 11 (¼, ½, ¼), so the 2.5th and 97.5th percentiles are 10 and 11.
        Assert.Contains("| minatar.breakout | latent=categorical | 2 | 10.5 | [10, 11] | 10 (1), 11 (1.1) |", report);
        // Normalised categorical scores are 1.0 and 1.1 on both games: IQM 1.05, optimality gap 0.
        Assert.Matches(@"\| latent=categorical \| 1\.05 \[1(\.\d+)?, 1\.1\] \| 1\.05 \[[^]]+\] \| 1\.05 \[[^]]+\] \| 0 \[0, 0\] \|", report);
        // Gaussian (0.5, 0.6) loses every pair against categorical (1.0, 1.1) in every resample.
        Assert.Contains("| arm | P(arm > latent=categorical) |", report);
        Assert.Contains("| latent=gaussian | 0 [0, 0] |", report);
        // τ grid: 101 points from 0 to max(1, 1.1) = 1.1; the columns are τ = 0, 0.275, 0.55, 0.825, 1.1.
        // Gaussian at τ = 0.55: 0.6 is above, 0.5 not → ½ per game; a resample averages two games of 0, ½ or 1 each, and
        // 0 has probability 1/16 > 2.5%, so the band is [0, 1]. Categorical at τ = 1.1: no score is above 1.1.
        Assert.Contains("| arm | τ = 0 | τ = 0.275 | τ = 0.55 | τ = 0.825 | τ = 1.1 |", report);
        Assert.Contains("| latent=gaussian | 1 [1, 1] | 1 [1, 1] | 0.5 [0, 1] | 0 [0, 0] | 0 [0, 0] |", report);
        Assert.Contains("| latent=categorical | 1 [1, 1] | 1 [1, 1] | 1 [1, 1] | 1 [1, 1] | 0 [0, 0] |", report);
        // Sample efficiency at step 400: IQM 1.05 of {1, 1.1, 1, 1.1}; a resample of only 1.0s (or three 1.0s) gives 1, only 1.1s gives 1.1.
        Assert.Contains("| latent=categorical | 4 | 0 | 100 | 400 | 1.05 [1, 1.1] |", report);
        foreach (var png in new[] { "curve-breakout.png", "curve-asterix.png", "final-scores.png", "aggregates.png", "probability-of-improvement.png", "performance-profile.png", "sample-efficiency.png" })
        {
            var bytes = File.ReadAllBytes(Path.Combine(directory, "plots", png));
            Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, bytes[..4]);
            Assert.Contains($"(plots/{png})", report);
        }
        Assert.Equal(report, File.ReadAllText(new MatrixReport(manifest, directory, new ReportOptions(Repetitions: 500)).Write()));
    }

    [Fact]
    public void LearningCurveBandsStayWithinTheObservedReturns()
    {
        // Two seeds with returns −1 and +1 at every step: a Student-t band was 0 ± 12.706; the bootstrap band of the mean is [−1, 1].
        var (manifest, directory) = MatrixRunFolders.Plan(folder, "base: base.yaml\naxes:\n  latent: [ { type: latent.categorical } ]\nseeds: [0, 1]\n");
        foreach (var cell in manifest.Cells)
            MatrixRunFolders.WriteRun(cell.RunDirectory(directory), [(100, cell.Seed == 0 ? -1 : 1), (200, cell.Seed == 0 ? -1 : 1)]);
        var results = MatrixResults.Load(manifest, directory, last: 1);
        var series = CurveSeries.Average("a", results.Runs.Select(r => r.Curve), new StratifiedBootstrap(1000, seed: 0));
        Assert.Equal([100.0, 200], series.X);
        Assert.All(series.Values, v => Assert.Equal(new ConfidenceInterval(0, -1, 1), v));
    }

    [Fact]
    public void ReportComparesWithTheNamedBaseline()
    {
        var (manifest, directory) = WriteTwoGames();
        var report = File.ReadAllText(new MatrixReport(manifest, directory, new ReportOptions(Repetitions: 200, Baseline: "latent=gaussian")).Write());
        Assert.Contains("baseline: `latent=gaussian`", report);
        Assert.Contains("| latent=categorical | 1 [1, 1] |", report);
        Assert.Throws<ArgumentException>(() => new MatrixReport(manifest, directory, new ReportOptions(Repetitions: 10, Baseline: "latent=none")).Write());
    }

    [Fact]
    public void ReportCommandTakesRepsAndBaselineAndRefusesWhatItDoesNotKnow()
    {
        var (_, directory) = WriteTwoGames();
        Assert.Equal(0, CommandLine.Run("matrix", "report", directory, "--reps", "20", "--baseline", "latent=gaussian").ExitCode);
        Assert.Contains("20 resamples", File.ReadAllText(Path.Combine(directory, MatrixReport.FileName)));
        Assert.Equal(2, CommandLine.Run("matrix", "report", directory, "--reps", "20", "--baseline", "latent=none").ExitCode);
        Assert.Equal(2, CommandLine.Run("matrix", "report", directory, "--bogus").ExitCode);
        var (code, help) = CommandLine.Run("matrix", "report", "--help");
        Assert.Equal(0, code);
        Assert.Contains("--baseline", help);
        Assert.Contains("default 10000", help);
    }

    [Fact]
    public void FinalEvalScoresEachRunByItsCheckpointEvaluationAndLeavesOutRunsWithoutOne()
    {
        var (manifest, directory) = MatrixRunFolders.Plan(folder, "base: base.yaml\naxes:\n  latent: [ { type: latent.categorical } ]\nseeds: [0, 1, 2]\n");
        foreach (var cell in manifest.Cells)
        {
            var run = cell.RunDirectory(directory);
            MatrixRunFolders.WriteRun(run, [(100, 50), (200, 60)]);
            if (cell.Seed == 2) continue;
            Directory.CreateDirectory(Path.Combine(run, "eval"));
            File.WriteAllText(CheckpointEvaluation.PathIn(run, 200), $"{{\"episodes\": 100, \"mean_return\": {(cell.Seed == 0 ? 4 : 6)}, \"returns\": []}}");
        }

        var report = File.ReadAllText(new MatrixReport(manifest, directory, new ReportOptions(Repetitions: 50, EvalStep: 200)).Write());

        Assert.Contains("- final score of a run: the mean return of `eval/step-200.json`, the greedy evaluation of the checkpoint it kept at agent step 200 (`dreamer eval RUN --step 200`; `--final-eval`); 2 of 3 runs have one, of 100 episodes; a run without one is left out", report);
        Assert.Contains("| latent=categorical | 2 | 5 | [4, 6] | 4, 6 |", report.Replace("| base composition's environment ", "", StringComparison.Ordinal));
        var lastEvals = File.ReadAllText(new MatrixReport(manifest, directory, new ReportOptions(Repetitions: 50)).Write());
        Assert.Contains("| latent=categorical | 3 | 60 | [60, 60] | 60, 60, 60 |", lastEvals.Replace("| base composition's environment ", "", StringComparison.Ordinal));

        var export = Path.Combine(folder.Root, "export");
        Assert.Equal(0, CommandLine.Run("matrix", "export", directory, "--out", export, "--final-eval", "200").ExitCode);
        Assert.Equal(["4", "6", ""], File.ReadAllLines(Path.Combine(export, "scores.csv")).Skip(1).Select(line => line.Split(',')[^2]));
        Assert.Contains("eval/step-200.json", File.ReadAllText(Path.Combine(export, "meta.json")));

        File.WriteAllText(CheckpointEvaluation.PathIn(manifest.Cells[0].RunDirectory(directory), 200), "{\"episodes\": 100}");
        var broken = Assert.Throws<InvalidDataException>(() => MatrixResults.Load(manifest, directory, 1, 200));
        Assert.Contains("step-200.json is not an evaluation file: it needs the numbers episodes and mean_return", broken.Message);
        Assert.Equal(2, CommandLine.Run("matrix", "report", directory, "--final-eval", "0").ExitCode);
    }

    [Fact]
    public void ReportShowsWhatEachArmChangesFromTheBase()
    {
        var (manifest, directory) = WriteTwoGames();
        var resolved = manifest with
        {
            Cells = manifest.Cells.Select(cell => cell with
            {
                Differences = [$"latent.type: latent.categorical → {cell.Overrides[0].Value}", $"training.seed: 0 → {cell.Seed}"],
                Dropped = cell.Overrides[0].Value == "latent.gaussian" ? ["latent.with.classes: 16 (base.yaml:1) dropped: latent.gaussian has no option classes"] : [],
            }).ToList(),
        };

        var report = File.ReadAllText(new MatrixReport(resolved, directory, new ReportOptions(Repetitions: 20)).Write());
        var unresolved = File.ReadAllText(new MatrixReport(manifest, directory, new ReportOptions(Repetitions: 20)).Write());

        var cell = resolved.Cells.First(c => c.Overrides[0].Value == "latent.gaussian");
        var group = cell.Folder[..cell.Folder.LastIndexOf('/')];
        Assert.Contains($"| {group} | 0, 1 | latent.type: latent.categorical → latent.gaussian | latent.with.classes: 16 (base.yaml:1) dropped: latent.gaussian has no option classes |", report);
        Assert.DoesNotContain("| training.seed", report);
        Assert.Contains("so their differences are not known", unresolved);
    }

    [Fact]
    public void ReportHoldsNoAbsolutePath()
    {
        var (manifest, directory) = WriteTwoGames();
        var report = File.ReadAllText(new MatrixReport(manifest, directory, new ReportOptions(Repetitions: 50)).Write());
        Assert.True(Path.IsPathRooted(manifest.MatrixFile) && Path.IsPathRooted(manifest.BasePath), "the test needs absolute paths in the manifest");
        Assert.Contains("- matrix file: `m.yaml`; base composition: `base.yaml` (relative to the matrix file)", report);
        Assert.DoesNotContain(folder.Root, report);
        Assert.DoesNotContain("/tmp/", report);
        foreach (Match token in Regex.Matches(report, @"(?<=^|[\s`(\[])/[^\s`)\]]+", RegexOptions.Multiline))
            Assert.False(File.Exists(token.Value) || Directory.Exists(token.Value), $"the report names the absolute path {token.Value}");
    }

    [Fact]
    public void EnvironmentIsNamedByTheKeyInResolvedYaml()
    {
        var matrix = "base: base.yaml\naxes:\n  latent: [ { type: latent.categorical } ]\nseeds: [0, 1]\nreference_scores: { minatar.freeway: { random: 0, target: 4 } }\n";
        var (manifest, directory) = MatrixRunFolders.Plan(folder, matrix);
        foreach (var cell in manifest.Cells)
        {
            MatrixRunFolders.WriteRun(cell.RunDirectory(directory), [(100, 1), (200, 2 + cell.Seed)]);
            MatrixRunFolders.WriteResolved(cell.RunDirectory(directory), "minatar.freeway");
        }
        var report = File.ReadAllText(new MatrixReport(manifest, directory, new ReportOptions(Repetitions: 50)).Write());
        Assert.Contains("### minatar.freeway", report);
        // Raw 2 and 3 against random 0 and target 4: normalised 0.5 and 0.75.
        Assert.Contains("| minatar.freeway | latent=categorical | 2 | 2.5 | [2, 3] | 2 (0.5), 3 (0.75) |", report);
        Assert.Contains("- normalised scores: (score − random) / (target − random)", report);
        Assert.DoesNotContain("### base\n", report);
        Assert.True(File.Exists(Path.Combine(directory, "plots", "curve-freeway.png")));

        foreach (var cell in manifest.Cells) File.Delete(Path.Combine(cell.RunDirectory(directory), "resolved.yaml"));
        report = File.ReadAllText(new MatrixReport(manifest, directory, new ReportOptions(Repetitions: 50)).Write());
        Assert.Contains($"### {MatrixResults.UnnamedEnvironment}", report);
        Assert.Contains("- aggregates use raw returns", report);
    }

    [Fact]
    public void EpisodesPerEvalFallsBackToResolvedYamlThenToAsLogged()
    {
        var (manifest, directory) = MatrixRunFolders.Plan(folder, "base: base.yaml\naxes:\n  latent: [ { type: latent.categorical } ]\nseeds: [0]\n");
        var run = manifest.Cells[0].RunDirectory(directory);
        Directory.CreateDirectory(run);
        File.WriteAllText(Path.Combine(run, "metrics.jsonl"), "{\"step\": 100, \"return/eval\": 1}\n");
        Assert.Contains("- episodes per eval: as logged (the runs record no episode count)", File.ReadAllText(new MatrixReport(manifest, directory, new ReportOptions(Repetitions: 10)).Write()));
        MatrixRunFolders.WriteResolved(run, "minatar.breakout", evalEpisodes: 7);
        Assert.Contains("- episodes per eval: 7 (`training.eval_episodes` in resolved.yaml)", File.ReadAllText(new MatrixReport(manifest, directory, new ReportOptions(Repetitions: 10)).Write()));
    }

    private (MatrixManifest Manifest, string Directory) WriteTwoGames()
    {
        var (manifest, directory) = MatrixRunFolders.Plan(folder, TwoGames);
        foreach (var cell in manifest.Cells)
        {
            // categorical scores 10 + seed, gaussian 5 + seed; eval every 100 steps, linear ramp.
            var final = (cell.Variant == "latent=categorical" ? 10 : 5) + cell.Seed;
            MatrixRunFolders.WriteRun(cell.RunDirectory(directory), Enumerable.Range(1, 4).Select(step => ((long)step * 100, final * step / 4.0)),
                wallSeconds: cell.Index == 0 ? 3725.4 : null, device: cell.Index == 0 ? "cuda:0" : null);
        }
        return (manifest, directory);
    }
}
