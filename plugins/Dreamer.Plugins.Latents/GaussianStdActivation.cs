namespace Dreamer.Plugins.Latents;

/// <summary>How <see cref="GaussianLatent"/> maps the raw std output to a standard deviation (dreamerv2.md §2.7, §10 D11).</summary>
public enum GaussianStdActivation
{
    /// <summary>std = 2·σ(raw / 2) + min_std (the reference configs' <c>sigmoid2</c>).</summary>
    Sigmoid2,

    /// <summary>std = softplus(raw) + min_std (the DreamerV1 choice).</summary>
    Softplus,
}
