using Dreamer.Host.Matrix;

namespace Dreamer.Host.Tests.Matrix;

public sealed class MatrixFileLoaderTests : IDisposable
{
    private readonly MatrixTestFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void AValidFileIsReadWithEveryPart()
    {
        var path = folder.Write("m.yaml", """
            base: base.yaml
            axes:
              latent: [ { type: latent.categorical }, { type: latent.gaussian, with: { size: 32 } } ]
              kl.with.alpha: [0.5, 0.8]
            seeds: [0, 1]
            environments: [minatar.breakout]
            steps: 5e4
            reference_scores: { minatar.breakout: { random: 0.5, target: 30 } }
            """);
        var matrix = MatrixFileLoader.Load(path);
        Assert.Equal(Path.Combine(folder.Root, "base.yaml"), matrix.BasePath);
        Assert.Equal(["latent", "kl.with.alpha"], matrix.Axes.Select(a => a.Name));
        Assert.Equal(["categorical", "gaussian+size=32"], matrix.Axes[0].Values.Select(v => v.Label));
        Assert.Equal(["latent.type=latent.gaussian", "latent.with.size=32"], matrix.Axes[0].Values[1].Overrides.Select(o => o.ToArgument()));
        Assert.Equal(["kl.with.alpha=0.5"], matrix.Axes[1].Values[0].Overrides.Select(o => o.ToArgument()));
        Assert.Equal([0, 1], matrix.Seeds);
        Assert.Equal(50_000, matrix.Steps);
        Assert.Equal(new ReferenceScore(0.5, 30), matrix.ReferenceScores["minatar.breakout"]);
    }

    [Fact]
    public void EveryErrorIsReportedAtOnceWithFileLineKeyPathValueAndWhatIsAllowed()
    {
        var path = folder.Write("bad.yaml", """
            base: missing.yaml
            axes:
              latent: [ { type: latent.categorical }, { type: Latent Gaussian } ]
              kl: [ { type: kl.plain, wiht: { alpha: 1 } } ]
              dynamics: gru
            seeds: [0, x, 0]
            environments: [minatar.breakout]
            steps: -3
            reference_scores: { minatar.pong: { random: 0 } }
            sedes: [1]
            """);
        var exception = Assert.Throws<MatrixFileException>(() => MatrixFileLoader.Load(path));
        var full = Path.Combine(folder.Root, "missing.yaml");
        Assert.Equal(
        [
            $"{path}:1: base: 'missing.yaml' not found (looked for {full}); allowed: an existing composition file",
            $"{path}:3: axes.latent[1].type: 'Latent Gaussian' is not a component key; allowed: a component key: lowercase words joined by '.' or '-', e.g. latent.gaussian",
            $"{path}:4: axes.kl[0].wiht: unknown key; allowed: type, with",
            $"{path}:5: axes.dynamics: 'gru' is not a list of values; allowed: a non-empty list of {{ type: key, with: {{...}} }} or scalars",
            $"{path}:6: seeds[1]: 'x' is not a seed; allowed: integers 0 to 2147483647",
            $"{path}:6: seeds[2]: 0 is listed twice; allowed: distinct seeds",
            $"{path}:8: steps: '-3' is not a step budget; allowed: a positive whole number, e.g. 100000 or 5e6",
            $"{path}:9: reference_scores.minatar.pong: 'minatar.pong' is not in environments; allowed: minatar.breakout",
            $"{path}:9: reference_scores.minatar.pong.target: missing; allowed: a number",
            $"{path}:10: sedes: unknown key; allowed: base, axes, seeds, environments, steps, reference_scores",
        ], exception.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void ValuesThatNameTheSameFolderAndConflictingAxesAreErrors()
    {
        var path = folder.Write("twins.yaml", """
            base: base.yaml
            axes:
              latent: [ { type: latent.gaussian }, { type: other.gaussian } ]
              environment: [ { type: minatar.breakout } ]
            seeds: [0]
            environments: [minatar.asterix]
            """);
        var exception = Assert.Throws<MatrixFileException>(() => MatrixFileLoader.Load(path));
        Assert.Equal(
        [
            $"{path}:3: axes.latent[1]: 'gaussian' names the same cell as axes.latent[0]; allowed: distinct values",
            $"{path}:4: axes.environment: conflicts with environments:; allowed: either an environment axis or the environments: list",
        ], exception.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void SyntaxErrorsAndMissingSeedsNameTheirLine()
    {
        var broken = folder.Write("broken.yaml", "base: base.yaml\naxes: [\n");
        var syntax = Assert.Throws<MatrixFileException>(() => MatrixFileLoader.Load(broken));
        Assert.StartsWith($"{broken}:", Assert.Single(syntax.Errors).ToString());
        Assert.Equal("(syntax)", syntax.Errors[0].KeyPath);

        var noSeeds = folder.Write("noseeds.yaml", "base: base.yaml\n");
        var missing = Assert.Throws<MatrixFileException>(() => MatrixFileLoader.Load(noSeeds));
        Assert.Equal($"{noSeeds}:1: seeds: missing; allowed: a non-empty list of integers 0 to 2147483647, e.g. [0, 1, 2]", Assert.Single(missing.Errors).ToString());
    }
}
