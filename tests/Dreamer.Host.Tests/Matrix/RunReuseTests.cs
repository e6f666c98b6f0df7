using Dreamer.Host.Cli;
using Dreamer.Host.Composition;
using Dreamer.Host.Matrix;
using Dreamer.Host.Tests.Cli;
using Dreamer.Training.Runs;

namespace Dreamer.Host.Tests.Matrix;

/// <summary>
/// <c>matrix run --reuse DIR</c> copies into a cell without a run folder the finished run whose resolved.yaml resolves
/// to exactly the cell's composition, and nothing else.
/// </summary>
public sealed class RunReuseTests : IDisposable
{
    private readonly MatrixTestFolder folder = new();

    public void Dispose() => folder.Dispose();

    private static string Default => Path.Combine(MatrixTestFolder.RepositoryRoot, "compositions", "default.yaml");

    private (MatrixCheck Check, MatrixCheckResult Result) Check(string axis)
    {
        var path = folder.Write("m.yaml", $"base: {Default}\naxes:\n  kl: [{axis}]\nseeds: [0, 1]\nsteps: 50\n");
        var check = new MatrixCheck(new HostServices());
        return (check, check.Check(MatrixPlan.Expand(MatrixFileLoader.Load(path)), buildNetworks: false));
    }

    private string FinishedRun(string name, ResolvedComposition composition, RunState state = RunState.Finished)
    {
        var run = Directory.CreateDirectory(Path.Combine(folder.Root, "other", name)).FullName;
        File.WriteAllText(Path.Combine(run, ResolvedRunFacts.FileName), ResolvedCompositionYaml.Write(composition));
        File.WriteAllText(Path.Combine(run, "metrics.jsonl"), "{\"step\": 50, \"return/eval\": 3}\n");
        Directory.CreateDirectory(Path.Combine(run, "checkpoints", "latest"));
        File.WriteAllText(Path.Combine(run, "checkpoints", "latest", "agent.bin"), "weights");
        RunStatusFile.Write(run, new RunStatus(state, 50, 50, 10, 3, state.ToString()));
        return run;
    }

    [Fact]
    public void ACellGetsACopyOfTheFinishedRunOfItsExactComposition()
    {
        var (check, result) = Check("{ type: kl.balanced }, { type: kl.plain }");
        var balancedSeed0 = result.Cells.Single(c => c.Cell.Folder == "kl=balanced/seed=0");
        var plainSeed1 = result.Cells.Single(c => c.Cell.Folder == "kl=plain/seed=1");
        var source = FinishedRun("env=breakout/seed=0", balancedSeed0.Composition!);
        FinishedRun("unfinished", plainSeed1.Composition!, RunState.Stopped);
        var directory = Path.Combine(folder.Root, "runs");

        var reused = RunReuse.Copy(result, directory, [Path.Combine(folder.Root, "other")], check.ResolveFile);

        var run = Assert.Single(reused);
        Assert.Equal("kl=balanced/seed=0", run.Cell.Folder);
        Assert.Equal(source, run.Source);
        var copy = Path.Combine(directory, "kl=balanced", "seed=0");
        Assert.Equal("weights", File.ReadAllText(Path.Combine(copy, "checkpoints", "latest", "agent.bin")));
        Assert.Equal(RunState.Finished, RunStatusFile.Read(copy)!.State);
        Assert.Equal(["seed=0"], Directory.EnumerateFileSystemEntries(Path.Combine(directory, "kl=balanced")).Select(Path.GetFileName));
        Assert.False(Directory.Exists(Path.Combine(directory, "kl=plain")));
        Assert.Empty(RunReuse.Copy(result, directory, [Path.Combine(folder.Root, "other")], check.ResolveFile));
    }

    [Fact]
    public void ARunThatDiffersInOneValueIsNotReused()
    {
        var (check, result) = Check("{ type: kl.balanced }");
        var seed0 = result.Cells.Single(c => c.Cell.Folder == "kl=balanced/seed=0").Composition!;
        var (_, otherAlpha) = Check("{ type: kl.balanced, with: { alpha: 0.7 } }");
        FinishedRun("alpha", otherAlpha.Cells.Single(c => c.Cell.Seed == 0).Composition!);
        FinishedRun("seed-1", result.Cells.Single(c => c.Cell.Folder == "kl=balanced/seed=1").Composition!);
        var directory = Path.Combine(folder.Root, "runs");

        var reused = RunReuse.Copy(result, directory, [Path.Combine(folder.Root, "other")], check.ResolveFile);

        Assert.Equal(["kl=balanced/seed=1"], reused.Select(r => r.Cell.Folder));
        Assert.NotEmpty(CompositionDifference.Between(seed0, otherAlpha.Cells[0].Composition!));
    }

    [Fact]
    public void TheLatentAblationReusesTheCommittedBreakoutCellsOfTheMinAtarStudyAsItsCategoricalArm()
    {
        var path = Path.Combine(MatrixTestFolder.RepositoryRoot, "compositions", "studies", "minatar-latents.yaml");
        var check = new MatrixCheck(new HostServices());
        var result = check.Check(MatrixPlan.Expand(MatrixFileLoader.Load(path)), buildNetworks: false);
        var study = Path.Combine(MatrixTestFolder.RepositoryRoot, "docs", "results", "minatar", "runs");

        var reused = RunReuse.Copy(result, Path.Combine(folder.Root, "runs"), [study], check.ResolveFile);

        Assert.Contains(reused, r => r.Cell.Folder == "latent=categorical,env=breakout/seed=0" && r.Source == Path.Combine(study, "env=breakout", "seed=0"));
        Assert.Contains(reused, r => r.Cell.Folder == "latent=categorical,env=breakout/seed=1" && r.Source == Path.Combine(study, "env=breakout", "seed=1"));
        Assert.All(reused, r => Assert.StartsWith("latent=categorical,", r.Cell.Folder, StringComparison.Ordinal));
    }

    [Fact]
    public void RunRefusesAReuseFolderThatDoesNotExist()
    {
        var path = folder.Write("m.yaml", $"base: {Default}\nseeds: [0]\n");

        var (exit, output) = CommandLine.Run(["matrix", "run", path, "--reuse", Path.Combine(folder.Root, "nowhere")]);

        Assert.NotEqual(0, exit);
        Assert.Contains($"--reuse: '{Path.Combine(folder.Root, "nowhere")}' is not a folder; allowed: a folder of run folders", output);
    }
}
