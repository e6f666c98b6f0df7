using System.Diagnostics;
using Dreamer.Host.Tests.Cli;

namespace Dreamer.Host.Tests.Matrix;

public sealed class MatrixExportTests : IDisposable
{
    private const string Python = "/usr/bin/python3";

    private const string Categorical = "latent=categorical,kl.with.alpha=0.5";
    private const string Gaussian = "latent=gaussian,kl.with.alpha=0.5";

    // Loads the JSON with the json module only and checks rliable's layout: arm → runs × tasks, arm → runs × tasks × points.
    private const string Check = """
        import json, sys
        folder = sys.argv[1]
        scores = json.load(open(folder + "/scores.json"))
        curves = json.load(open(folder + "/curves.json"))
        meta = json.load(open(folder + "/meta.json"))
        cat, gau = "latent=categorical,kl.with.alpha=0.5", "latent=gaussian,kl.with.alpha=0.5"
        assert meta["arms"] == [cat, gau], meta["arms"]
        assert meta["tasks"] == ["minatar.breakout", "minatar.asterix"], meta["tasks"]
        assert meta["seeds"] == [0, 1] and meta["normalised"] is True, meta
        assert meta["reference_scores"]["minatar.asterix"] == {"random": 0, "target": 20}, meta["reference_scores"]
        assert sorted(scores) == [cat, gau] and sorted(curves) == [cat, gau]
        assert scores[cat] == [[1.0, 0.5], [1.1, None]], scores[cat]
        assert scores[gau] == [[0.5, 0.25], [0.6, 0.3]], scores[gau]
        assert meta["steps"][cat] == [100, 200, 300] and meta["steps"][gau] == [100, 200, 300], meta["steps"]
        for arm in (cat, gau):
            assert len(curves[arm]) == 2 and all(len(run) == 2 and all(len(task) == 3 for task in run) for run in curves[arm]), curves[arm]
        close = lambda a, b: all((x is None and y is None) or (x is not None and y is not None and abs(x - y) < 1e-12) for x, y in zip(a, b))
        assert close(curves[cat][0][0], [1 / 3, 2 / 3, 1.0]), curves[cat][0][0]
        assert curves[cat][1][1] == [None, None, None], curves[cat][1][1]
        assert close(curves[gau][1][1], [0.1, None, 0.3]), curves[gau][1][1]
        print("layout ok")
        """;

    private readonly MatrixTestFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void ExportWritesScoresAndCurvesAsCsvAndRliableJson()
    {
        var directory = WriteMatrix();
        var output = Path.Combine(folder.Root, "export");

        var (code, text) = CommandLine.Run("matrix", "export", directory, "--out", output);

        Assert.True(code == 0, text);
        var scores = File.ReadAllLines(Path.Combine(output, "scores.csv"));
        Assert.Equal("arm,environment,seed,final_score,normalised_score", scores[0]);
        Assert.Equal(9, scores.Length);
        // Gaussian on breakout, seed 0: raw 5, normalised 5 / 10. The categorical asterix seed 1 run has no eval: empty scores.
        Assert.Contains($"\"{Gaussian}\",minatar.breakout,0,5,0.5", scores);
        Assert.Contains($"\"{Categorical}\",minatar.asterix,1,,", scores);
        var curves = File.ReadAllLines(Path.Combine(output, "curves.csv"));
        Assert.Equal("arm,environment,seed,step,eval_return,normalised_return", curves[0]);
        // 7 runs with curves: six with 3 evals, one with 2 → 20 rows. Gaussian asterix seed 1 at step 300: raw 6, normalised 6 / 20.
        Assert.Equal(21, curves.Length);
        Assert.Contains($"\"{Gaussian}\",minatar.asterix,1,300,6,0.3", curves);

        Assert.True(File.Exists(Python), $"{Python} is missing: this test checks the exported JSON with Debian's python3 (json module); install python3");
        var python = Process.Start(new ProcessStartInfo(Python, ["-c", Check, output]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var stdout = python.StandardOutput.ReadToEnd();
        var stderr = python.StandardError.ReadToEnd();
        python.WaitForExit();
        Assert.True(python.ExitCode == 0, stderr);
        Assert.Equal("layout ok\n", stdout);
    }

    [Fact]
    public void ExportWritesIntoTheMatrixFolderByDefault()
    {
        var directory = WriteMatrix();
        var (code, text) = CommandLine.Run("matrix", "export", directory);
        Assert.True(code == 0, text);
        Assert.All(new[] { "scores.csv", "curves.csv", "scores.json", "curves.json", "meta.json" }, f => Assert.True(File.Exists(Path.Combine(directory, "export", f)), f));
    }

    [Fact]
    public void ExportHasHelpAndRefusesUnknownOptions()
    {
        var (code, text) = CommandLine.Run("matrix", "export", "--help");
        Assert.Equal(0, code);
        Assert.Contains("--out", text);
        Assert.Equal(2, CommandLine.Run("matrix", "export", WriteMatrix(), "--bogus").ExitCode);
    }

    private string WriteMatrix()
    {
        var (manifest, directory) = MatrixRunFolders.Plan(folder, """
            base: base.yaml
            axes:
              latent: [ { type: latent.categorical }, { type: latent.gaussian } ]
              kl.with.alpha: [0.5]
            seeds: [0, 1]
            environments: [minatar.breakout, minatar.asterix]
            reference_scores: { minatar.breakout: { random: 0, target: 10 }, minatar.asterix: { random: 0, target: 20 } }
            """);
        foreach (var cell in manifest.Cells)
        {
            // Final raw return (categorical 10, gaussian 5) + seed, reached linearly over evals at steps 100, 200, 300.
            var final = (cell.Variant == Categorical ? 10 : 5) + cell.Seed;
            var asterixSeed1 = cell.Environment == "minatar.asterix" && cell.Seed == 1;
            if (asterixSeed1 && cell.Variant == Categorical) continue;
            var steps = asterixSeed1 ? new long[] { 100, 300 } : [100, 200, 300];
            MatrixRunFolders.WriteRun(cell.RunDirectory(directory), steps.Select(s => (s, final * s / 300.0)));
        }
        return directory;
    }
}
