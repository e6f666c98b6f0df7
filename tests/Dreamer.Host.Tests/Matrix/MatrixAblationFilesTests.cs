using Dreamer.Host.Matrix;

namespace Dreamer.Host.Tests.Matrix;

public sealed class MatrixAblationFilesTests : IDisposable
{
    private readonly MatrixTestFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Theory]
    [InlineData("latents.yaml", "latent.type", new[] { "latent.categorical", "latent.gaussian" })]
    [InlineData("kl-balancing.yaml", "kl.type", new[] { "kl.balanced", "kl.plain" })]
    [InlineData("layer-norm.yaml", "dynamics.type", new[] { "dynamics.gru-layernorm", "dynamics.gru" })]
    [InlineData("grad-heads.yaml", "world_model.grad_heads", new[] { "[decoder, reward, discount]", "[reward, discount]", "[decoder, discount]" })]
    [InlineData("actor-gradient.yaml", "actor_gradient.type", new[] { "actor-gradient.reinforce", "actor-gradient.dynamics", "actor-gradient.mixed" })]
    public void AblationFilesCrossTheirSwapWithTheFiveMinAtarGamesAndThreeSeeds(string name, string path, string[] values)
    {
        // The ablation files name ../default.yaml as base; load a copy next to a stand-in default.yaml.
        var ablations = Directory.CreateDirectory(Path.Combine(folder.Root, "ablations")).FullName;
        File.WriteAllText(Path.Combine(folder.Root, "default.yaml"), "");
        var copy = Path.Combine(ablations, name);
        File.Copy(Path.Combine(MatrixTestFolder.RepositoryRoot, "compositions", "ablations", name), copy);

        var plan = MatrixPlan.Expand(MatrixFileLoader.Load(copy));

        Assert.Equal(Path.Combine(folder.Root, "default.yaml"), plan.File.BasePath);
        Assert.Equal(["minatar.breakout", "minatar.asterix", "minatar.freeway", "minatar.seaquest", "minatar.space-invaders"], plan.File.Environments.Select(e => e.Name));
        Assert.Equal([0, 1, 2], plan.File.Seeds);
        Assert.Equal(values.Length * 5 * 3, plan.Cells.Count);
        Assert.Equal(values, plan.Cells.Select(c => c.Overrides.Single(o => o.Path == path).Value).Distinct());
    }
}
