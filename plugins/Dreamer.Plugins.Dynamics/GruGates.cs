using static TorchSharp.torch;

namespace Dreamer.Plugins.Dynamics;

/// <summary>
/// The gate arithmetic of the reference GRU cell (dreamerv2.md §2.3), shared by the cell with and without layer norm:
/// split the 3D pre-activations into reset, candidate, update; c = tanh(r ⊙ c̃), u = σ(ũ − 1),
/// h' = u ⊙ c + (1 − u) ⊙ h.
/// </summary>
internal static class GruGates
{
    /// <summary>Pre-activations <c>[B, 3D]</c> and previous state <c>[B, D]</c> → new state <c>[B, D]</c>.</summary>
    public static Tensor Next(Tensor parts, Tensor state)
    {
        var split = parts.chunk(3, -1);                                               // 3 × [B, D]
        var reset = split[0].sigmoid();
        var candidate = (reset * split[1]).tanh();
        var update = (split[2] - 1.0).sigmoid();
        return update * candidate + (1.0 - update) * state;                         // [B, D]
    }
}
