using Dreamer.Host.Cli;
using Dreamer.Host.Matrix;

namespace Dreamer.Host.Tests.Matrix;

/// <summary>Every cell of the shipped ablation matrices is a composition the real catalog and loader accept.</summary>
public sealed class MatrixAblationCompositionTests
{
    [Theory]
    [InlineData("latents.yaml")]
    [InlineData("kl-balancing.yaml")]
    [InlineData("layer-norm.yaml")]
    [InlineData("grad-heads.yaml")]
    [InlineData("actor-gradient.yaml")]
    public void EveryCellLoadsAsAComposition(string name)
    {
        var services = new HostServices();
        var loader = services.Loader(services.Catalog([]), HostServices.TrainingSlots);
        var plan = MatrixPlan.Expand(MatrixFileLoader.Load(Path.Combine(MatrixTestFolder.RepositoryRoot, "compositions", "ablations", name)));
        foreach (var cell in plan.Cells)
        {
            var composition = loader.Load(plan.File.BasePath, cell.Overrides.Select(o => o.ToArgument()));
            Assert.Equal(cell.Environment, composition.Component("environment")!.Key);
        }
    }
}
