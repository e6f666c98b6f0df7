using TorchSharp;
using static TorchSharp.torch;

namespace Dreamer.Modules.Layers;

/// <summary>
/// ELU with α = 1 (the Keras default the reference uses, dreamerv2.md §0). TorchSharp's <c>elu(double)</c> converts its
/// arguments to temporary <see cref="Scalar"/>s that nothing keeps alive during the native call, so the garbage
/// collector may finalize them mid-call (seen as "Expected false to be true … toFloat" in long runs). These Scalars
/// live for the whole process.
/// </summary>
public static class Activations
{
    private static readonly Scalar One = 1.0.ToScalar();

    /// <summary>ELU(x) = x for x &gt; 0, eˣ − 1 otherwise.</summary>
    public static Tensor Elu(Tensor input) => input.elu(One, One, One);
}
