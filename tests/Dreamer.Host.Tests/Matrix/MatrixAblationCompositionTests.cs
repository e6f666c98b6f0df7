using Dreamer.Host.Cli;
using Dreamer.Host.Matrix;

namespace Dreamer.Host.Tests.Matrix;

/// <summary>
/// Every cell of the shipped ablation and study matrices resolves through the real catalog and loader, differs from its base only
/// in what its axis and environment set, and builds its networks on the CPU.
/// </summary>
public sealed class MatrixAblationCompositionTests
{
    /// <summary>The study folder's one composition that is not a matrix: the base its matrices extend.</summary>
    private const string StudyBase = "minatar-100k.yaml";

    public static TheoryData<string> Files => new(MatrixFiles("ablations").Concat(MatrixFiles("studies")).Order(StringComparer.Ordinal));

    private static IEnumerable<string> MatrixFiles(string folder) =>
        Directory.EnumerateFiles(Path.Combine(MatrixTestFolder.RepositoryRoot, "compositions", folder), "*.yaml")
            .Select(file => Path.GetFileName(file))
            .Where(name => name != StudyBase)
            .Select(name => $"{folder}/{name}");

    [Theory]
    [MemberData(nameof(Files))]
    public void EveryCellResolvesDiffersOnlyInItsSwapAndBuildsOnTheCpu(string name)
    {
        var plan = MatrixPlan.Expand(MatrixFileLoader.Load(Path.Combine(MatrixTestFolder.RepositoryRoot, "compositions", name)));

        var check = new MatrixCheck(new HostServices()).Check(plan, buildNetworks: true);

        Assert.Empty(check.ErrorLines());
        Assert.Equal(plan.Cells.Count, check.Cells.Count);
        foreach (var cell in check.Cells)
        {
            Assert.Empty(cell.Outside);
            var swapped = cell.Cell.Overrides.Select(o => o.Path).Where(path => path.EndsWith(".type", StringComparison.Ordinal)).Select(path => path[..^5]).ToHashSet();
            foreach (var difference in cell.Differences)
            {
                var slot = difference.Path.Split('.')[0];
                var set = cell.Cell.Overrides.Any(o => difference.Path == o.Path || difference.Path.StartsWith(o.Path + ".", StringComparison.Ordinal));
                var onlyOneComponentHasIt = swapped.Contains(slot) && (difference.Before is null || difference.After is null);
                Assert.True(set || onlyOneComponentHasIt, $"{cell.Cell.Folder}: {difference} is not part of its swap");
            }
        }
    }

    [Fact]
    public void TheSwappedArmsKeepTheBasesOptionsWhereTheNewComponentTakesThem()
    {
        var services = new HostServices();
        string Value(string file, string folder, string path)
        {
            var plan = MatrixPlan.Expand(MatrixFileLoader.Load(Path.Combine(MatrixTestFolder.RepositoryRoot, "compositions", "ablations", file)));
            var cell = plan.Cells.Single(c => c.Folder == folder);
            var composition = services.LoadComposition(plan.File.BasePath, cell.Overrides.Select(o => o.ToArgument()), [], HostServices.TrainingSlots);
            return composition.Values.Single(v => v.Path == path).Text;
        }

        Assert.Equal("200", Value("layer-norm.yaml", "dynamics=gru,env=breakout/seed=0", "dynamics.with.deter"));
        Assert.Equal("16", Value("latents.yaml", "latent=categorical,env=asterix/seed=1", "latent.with.classes"));
        Assert.Equal("image", Value("kl-balancing.yaml", "kl=plain,env=seaquest/seed=2", "environment.with.view"));
        Assert.Equal("bright", Value("actor-gradient.yaml", "actor_gradient=mixed,env=space-invaders/seed=0", "environment.with.palette"));
        Assert.Equal("0.1", Value("grad-heads.yaml", "world_model.grad_heads=reward+discount,env=freeway/seed=0", "environment.with.sticky"));
    }
}
