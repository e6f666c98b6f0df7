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
    public void EnvironmentEntriesWithOptionsSetThemAfterTheType()
    {
        var path = folder.Write("envs.yaml", """
            base: base.yaml
            seeds: [0]
            environments: [minatar.asterix, { type: minatar.breakout, with: { sticky: 0 } }, { type: minatar.breakout, with: { sticky: 0.25 } }]
            reference_scores: { minatar.asterix: { random: 0, target: 1 }, minatar.breakout+sticky=0: { random: 0, target: 1 } }
            """);
        var plan = MatrixPlan.Expand(MatrixFileLoader.Load(path));

        Assert.Equal(["minatar.asterix", "minatar.breakout+sticky=0", "minatar.breakout+sticky=0.25"], plan.File.Environments.Select(e => e.Name));
        Assert.Equal(["env=asterix/seed=0", "env=breakout+sticky=0/seed=0", "env=breakout+sticky=0.25/seed=0"], plan.Cells.Select(c => c.Folder));
        Assert.Equal(["environment.type=minatar.breakout", "environment.with.sticky=0.25", "training.seed=0"], plan.Cells[2].Overrides.Select(o => o.ToArgument()));
        Assert.Equal($"{path}:3", plan.Cells[2].Overrides[1].Where);
        Assert.Equal("minatar.breakout+sticky=0.25", plan.Cells[2].Environment);
    }

    [Fact]
    public void AnEnvironmentListedTwiceWithTheSameOptionsIsAnError()
    {
        var path = folder.Write("twice.yaml", "base: base.yaml\nseeds: [0]\nenvironments: [minatar.asterix, { type: minatar.asterix }, Bad Key, { tipe: x }]\n");

        var exception = Assert.Throws<MatrixFileException>(() => MatrixFileLoader.Load(path));

        Assert.Equal(
        [
            $"{path}:3: environments[2]: 'Bad Key' is not an environment; allowed: a non-empty list of environments, each a component key: lowercase words joined by '.' or '-', e.g. latent.gaussian or {{ type: key, with: {{...}} }}",
            $"{path}:3: environments[3].tipe: unknown key; allowed: type, with",
            $"{path}:3: environments[3].type: missing; allowed: a component key: lowercase words joined by '.' or '-', e.g. latent.gaussian",
            $"{path}:3: environments[1]: 'minatar.asterix' is listed twice; allowed: distinct environments",
        ], exception.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void EnvironmentLabelsFallBackToFullKeysWhenShortOnesCollide()
    {
        var labels = MatrixPlan.EnvironmentLabels(["minatar.breakout", "atari.breakout", "minatar.asterix"]);
        Assert.Equal(["minatar.breakout", "atari.breakout", "asterix"], new[] { labels["minatar.breakout"], labels["atari.breakout"], labels["minatar.asterix"] });
    }
}
