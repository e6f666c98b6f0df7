namespace Dreamer.Modules.Layers;

/// <summary>
/// The number type dense and convolutional layers compute in (issue #8; the maths of dreamerv2.md §2–§6 unchanged).
/// Parameters, losses, distributions, activations and the GRU's LayerNorm stay float32 either way.
/// </summary>
public enum ComputePrecision
{
    /// <summary>Everything in float32 (the reference).</summary>
    Float32,

    /// <summary>Inputs and weights of dense and convolutional layers cast to bfloat16, outputs back to float32.</summary>
    Bfloat16,
}
