using System.Text.Json;
using Dreamer.Host.Cli;
using Dreamer.Host.Matrix;
using Dreamer.Host.Tests.Cli;

namespace Dreamer.Host.Tests.Matrix;

/// <summary>
/// <see cref="MatrixCheck"/> resolves every cell with the real loader: all errors of all cells at once at the matrix
/// file's lines, differences from the base, dropped options, the real budget, and cells whose networks cannot be built.
/// </summary>
public sealed class MatrixCheckTests : IDisposable
{
    private readonly MatrixTestFolder folder = new();

    public void Dispose() => folder.Dispose();

    private string Default => Path.Combine(MatrixTestFolder.RepositoryRoot, "compositions", "default.yaml");

    [Fact]
    public void EveryErrorOfEveryCellIsReportedAtTheMatrixFileLine()
    {
        var path = folder.Write("m.yaml", $"""
            base: {Default}
            axes:
              latent:
                - {"{"} type: latent.categorical {"}"}
                - {"{"} type: latent.gausian {"}"}
                - {"{"} type: latent.gaussian, with: {"{"} sise: 3 {"}"} {"}"}
            seeds: [0, 1]
            """);

        var check = new MatrixCheck(new HostServices()).Check(MatrixPlan.Expand(MatrixFileLoader.Load(path)), buildNetworks: false);

        Assert.False(check.IsValid);
        Assert.Equal(
        [
            $"latent=gausian/seed=0: {path}:5: latent.type: latent.gausian is not a known component; allowed: latent.categorical, latent.gaussian",
            $"latent=gausian/seed=1: {path}:5: latent.type: latent.gausian is not a known component; allowed: latent.categorical, latent.gaussian",
            $"latent=gaussian+sise=3/seed=0: {path}:6: latent.with.sise: unknown key; allowed: size, std_activation, min_std",
            $"latent=gaussian+sise=3/seed=1: {path}:6: latent.with.sise: unknown key; allowed: size, std_activation, min_std",
        ], check.ErrorLines());
    }

    [Fact]
    public void ACellShowsItsDifferencesFromTheBaseTheOptionsItsSwapDroppedAndItsRealBudget()
    {
        var path = folder.Write("m.yaml", $"""
            base: {Default}
            axes:
              kl: [ {"{"} type: kl.plain {"}"} ]
            seeds: [3]
            environments: [minatar.asterix]
            steps: 50
            """);

        var cell = Assert.Single(new MatrixCheck(new HostServices()).Check(MatrixPlan.Expand(MatrixFileLoader.Load(path)), buildNetworks: false).Cells);

        Assert.Equal(
        [
            "environment.type: minatar.breakout → minatar.asterix",
            "kl.type: kl.balanced → kl.plain",
            "kl.with.alpha: 0.8 → (absent)",
            "kl.with.free_avg: true → (absent)",
            "training.seed: 0 → 3",
            "training.steps: 25000 → 50",
        ], cell.Differences.Select(d => d.ToString()));
        Assert.Empty(cell.Outside);
        Assert.Equal(["kl.with.alpha", "kl.with.free_avg"], cell.Dropped.Select(d => d.Path));
        // prefill 2000 runs whatever the budget: max(50, 2000) agent steps; 1 + pretrain 100 updates, none after prefill.
        Assert.Equal(new CellBudget(50, 2000, 2000, 101), cell.Budget);
        Assert.True(cell.Budget!.PrefillExceedsSteps);
    }

    [Fact]
    public void ADifferenceNoOverrideAsksForIsOutsideTheSwap()
    {
        var path = folder.Write("m.yaml", $"base: {Default}\nseeds: [0]\n");
        var plan = MatrixPlan.Expand(MatrixFileLoader.Load(path));
        var cell = plan.Cells[0] with { Overrides = [new SettingOverride("latent.type", "latent.gaussian")] };

        Assert.True(MatrixCheck.Intended(new("latent.type", "latent.categorical", "latent.gaussian"), cell));
        Assert.True(MatrixCheck.Intended(new("latent.with.size", null, "32"), cell));
        Assert.False(MatrixCheck.Intended(new("latent.with.classes", "16", "32"), cell));
        Assert.False(MatrixCheck.Intended(new("environment.with.view", "image", "grid"), cell));
    }

    [Fact]
    public void ACellWhoseNetworksCannotBeBuiltIsAnErrorBeforeAnythingRuns()
    {
        var path = folder.Write("m.yaml", $"""
            base: {Default}
            axes:
              environment.with.view: [image, grid]
            seeds: [0]
            """);

        var check = new MatrixCheck(new HostServices()).Check(MatrixPlan.Expand(MatrixFileLoader.Load(path)), buildNetworks: true);

        Assert.True(check.Cells[0].IsValid);
        var error = Assert.Single(check.ErrorLines());
        Assert.StartsWith("environment.with.view=grid/seed=0: its networks cannot be built on the CPU: ", error);
        Assert.Contains("the image [4, 10, 10] is too small for kernels [4, 4, 4, 4]", error);
    }

    [Fact]
    public void PlanPrintsTheCheckAsJsonForTools()
    {
        var path = folder.Write("m.yaml", $"base: {Default}\naxes:\n  dynamics: [ {"{"} type: dynamics.gru {"}"} ]\nseeds: [0]\nsteps: 100\n");

        var (exit, output) = CommandLine.Run(["matrix", "plan", path, "--json", "--no-build"]);

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var cell = json.RootElement.GetProperty("cells")[0];
        Assert.True(json.RootElement.GetProperty("valid").GetBoolean());
        Assert.Equal("dynamics=gru/seed=0", cell.GetProperty("folder").GetString());
        Assert.Equal(["dynamics.type", "training.steps"], cell.GetProperty("differences").EnumerateArray().Select(d => d.GetProperty("path").GetString()));
        Assert.Equal(2000, cell.GetProperty("budget").GetProperty("agent_steps").GetInt64());
        Assert.Equal(2000, json.RootElement.GetProperty("agent_steps").GetInt64());
    }

    [Fact]
    public void RunRefusesAMatrixWithAnInvalidCellAndWritesNothing()
    {
        var path = folder.Write("m.yaml", $"base: {Default}\naxes:\n  kl.with.alpha: [0.5, 7]\nseeds: [0]\n");
        var directory = Path.Combine(folder.Root, "runs");

        var (exit, output) = CommandLine.Run(["matrix", "run", path, "--out", directory]);

        Assert.Equal(2, exit);
        Assert.Contains($"kl.with.alpha=7/seed=0: {path}:3: kl.with.alpha: ", output);
        Assert.Contains("1 of 2 cells are invalid; nothing was run.", output);
        Assert.False(Directory.Exists(directory));
    }
}
