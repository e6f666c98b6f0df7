namespace Dreamer.Plugins.Vision;

/// <summary>The distribution <see cref="GridDecoder"/> puts on each cell of a grid, whose NLL is the image loss (dreamerv2.md §3).</summary>
public enum GridLikelihood
{
    /// <summary>Normal(mean, 1), the card's image loss: ½·(x − mean)² + ½·ln 2π per cell.</summary>
    Gaussian,

    /// <summary>Bernoulli(σ(logit)) for 0/1 cells: softplus(logit) − x·logit per cell; the prediction is σ(logit).</summary>
    Bernoulli,
}
