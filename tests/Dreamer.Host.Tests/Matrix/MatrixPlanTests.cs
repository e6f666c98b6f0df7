using Dreamer.Host.Matrix;

namespace Dreamer.Host.Tests.Matrix;

public sealed class MatrixPlanTests : IDisposable
{
    private readonly MatrixTestFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void CellsAreTheCrossProductWithReadableStableFolderNames()
    {
        var path = folder.Write("m.yaml", """
            base: base.yaml
            axes:
              latent: [ { type: latent.gaussian }, { type: latent.categorical, with: { classes: 16 } } ]
              world_model.grad_heads: [ [decoder, reward, discount], [reward, discount] ]
            seeds: [1, 2]
            environments: [minatar.breakout, minatar.space-invaders]
            steps: 1000
            """);
        var plan = MatrixPlan.Expand(MatrixFileLoader.Load(path));
        Assert.Equal(16, plan.Cells.Count);
        Assert.Equal(Enumerable.Range(0, 16), plan.Cells.Select(c => c.Index));
        Assert.Equal(
        [
            "latent=gaussian,world_model.grad_heads=decoder+reward+discount,env=breakout/seed=1",
            "latent=gaussian,world_model.grad_heads=decoder+reward+discount,env=breakout/seed=2",
            "latent=gaussian,world_model.grad_heads=decoder+reward+discount,env=space-invaders/seed=1",
            "latent=gaussian,world_model.grad_heads=decoder+reward+discount,env=space-invaders/seed=2",
            "latent=gaussian,world_model.grad_heads=reward+discount,env=breakout/seed=1",
        ], plan.Cells.Take(5).Select(c => c.Folder));
        var last = plan.Cells[^1];
        Assert.Equal("latent=categorical+classes=16,world_model.grad_heads=reward+discount,env=space-invaders/seed=2", last.Folder);
        Assert.Equal("latent=categorical+classes=16,world_model.grad_heads=reward+discount", last.Variant);
        Assert.Equal("minatar.space-invaders", last.Environment);
        Assert.Equal(
        [
            "latent.type=latent.categorical",
            "latent.with.classes=16",
            "world_model.grad_heads=[reward, discount]",
            "environment.type=minatar.space-invaders",
            "training.steps=1000",
            "training.seed=2",
        ], last.Overrides.Select(o => o.ToArgument()));
        Assert.Equal(plan.Cells.Select(c => c.Folder), MatrixPlan.Expand(MatrixFileLoader.Load(path)).Cells.Select(c => c.Folder));
    }

    [Fact]
    public void AMatrixWithoutAxesOrEnvironmentsRunsTheBaseOncePerSeed()
    {
        var path = folder.Write("seeds.yaml", "base: base.yaml\nseeds: [0, 3]\n");
        var plan = MatrixPlan.Expand(MatrixFileLoader.Load(path));
        Assert.Equal(["base/seed=0", "base/seed=3"], plan.Cells.Select(c => c.Folder));
        Assert.Equal(["training.seed=3"], plan.Cells[1].Overrides.Select(o => o.ToArgument()));
    }

    [Fact]
    public void FolderNamesAreSanitizedAndBounded()
    {
        Assert.Equal("kl.with.alpha=0.5,note=a-b-c", CellFolderName.Of([new("kl.with.alpha", "0.5"), new("note", "a/b c")]));
        Assert.Equal("---", CellFolderName.Sanitize(".."));
        var longName = CellFolderName.Of([new("axis", new string('x', 300))]);
        Assert.Equal(113, longName.Length);
        Assert.NotEqual(longName, CellFolderName.Of([new("axis", new string('x', 301))]));
    }

    [Fact]
    public void EnvironmentLabelsFallBackToFullKeysWhenShortOnesCollide()
    {
        var labels = MatrixPlan.EnvironmentLabels(["minatar.breakout", "atari.breakout", "minatar.asterix"]);
        Assert.Equal(["minatar.breakout", "atari.breakout", "asterix"], new[] { labels["minatar.breakout"], labels["atari.breakout"], labels["minatar.asterix"] });
    }
}
