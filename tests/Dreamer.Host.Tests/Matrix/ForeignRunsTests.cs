using Dreamer.Host.Cli;
using Dreamer.Host.Composition;
using Dreamer.Host.Matrix;
using Dreamer.Host.Tests.Cli;
using Dreamer.Training.Runs;

namespace Dreamer.Host.Tests.Matrix;

/// <summary>
/// <c>matrix run</c> refuses to skip or resume a cell whose folder holds a run of another composition (an edited base
/// or matrix), naming the cell and the values that differ, and runs nothing.
/// </summary>
public sealed class ForeignRunsTests : IDisposable
{
    private readonly MatrixTestFolder folder = new();

    public void Dispose() => folder.Dispose();

    private static string Default => Path.Combine(MatrixTestFolder.RepositoryRoot, "compositions", "default.yaml");

    private string Matrix(string alpha) =>
        folder.Write($"m-{alpha}.yaml", $"base: {Default}\naxes:\n  kl.with.alpha: [{alpha}]\nseeds: [0]\nsteps: 50\n");

    private (MatrixCheck Check, MatrixCheckResult Result) Check(string path)
    {
        var check = new MatrixCheck(new HostServices());
        return (check, check.Check(MatrixPlan.Expand(MatrixFileLoader.Load(path)), buildNetworks: false));
    }

    private static void WriteRun(string run, string resolvedYaml)
    {
        Directory.CreateDirectory(run);
        File.WriteAllText(Path.Combine(run, ResolvedRunFacts.FileName), resolvedYaml);
        RunStatusFile.Write(run, new RunStatus(RunState.Finished, 50, 50, 10, 3, "finished"));
    }

    [Fact]
    public void ARunOfTheCellsOwnCompositionIsNotForeignAndOneThatDiffersInOneValueIs()
    {
        var (check, result) = Check(Matrix("0.8"));
        var cell = result.Cells.Single();
        var directory = Path.Combine(folder.Root, "runs");
        var run = Path.GetFullPath(cell.Cell.RunDirectory(directory));
        WriteRun(run, ResolvedCompositionYaml.Write(cell.Composition!));

        Assert.Empty(ForeignRuns.Find(result, directory, check.ResolveFile));

        var (_, other) = Check(Matrix("0.7"));
        WriteRun(run, ResolvedCompositionYaml.Write(other.Cells.Single().Composition!));
        var foreign = Assert.Single(ForeignRuns.Find(result, directory, check.ResolveFile));

        Assert.Equal(run, foreign.RunDirectory);
        var difference = Assert.Single(foreign.Differences!);
        Assert.Equal(("kl.with.alpha", "0.7", "0.8"), (difference.Path, difference.Before, difference.After));
        Assert.Contains("kl.with.alpha=0.8/seed=0: the run in ", foreign.ToString());
        Assert.Contains("was trained with another composition (run → cell: kl.with.alpha: 0.7 → 0.8); move the folder away, or give the matrix another folder with --out", foreign.ToString());
    }

    [Fact]
    public void ARunWhoseResolvedYamlNoLongerResolvesIsForeign()
    {
        var (check, result) = Check(Matrix("0.8"));
        var directory = Path.Combine(folder.Root, "runs");
        WriteRun(result.Cells.Single().Cell.RunDirectory(directory), "world_model:\n  type: no.such.component\n");

        var foreign = Assert.Single(ForeignRuns.Find(result, directory, check.ResolveFile));

        Assert.Null(foreign.Differences);
        Assert.Contains("has a resolved.yaml that no longer resolves", foreign.ToString());
    }

    [Fact]
    public void RunRefusesAMatrixWhoseFinishedCellWasTrainedWithAnotherCompositionAndRunsNothing()
    {
        var directory = Path.Combine(folder.Root, "runs");
        var (_, other) = Check(Matrix("0.7"));
        var run = Path.Combine(directory, "kl.with.alpha=0.8", "seed=0");
        WriteRun(run, ResolvedCompositionYaml.Write(other.Cells.Single().Composition!));

        var (exit, output) = CommandLine.Run(["matrix", "run", Matrix("0.8"), "--out", directory]);

        Assert.Equal(2, exit);
        Assert.Contains("kl.with.alpha=0.8/seed=0: the run in ", output);
        Assert.Contains("(run → cell: kl.with.alpha: 0.7 → 0.8)", output);
        Assert.Contains("1 of 1 cells have a run folder of another composition; nothing was run.", output);
        Assert.False(File.Exists(Path.Combine(run, MatrixCell.LogFileName)));
        Assert.False(File.Exists(Path.Combine(directory, MatrixManifest.FileName)));
    }
}
