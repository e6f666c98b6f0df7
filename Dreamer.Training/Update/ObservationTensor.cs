using Dreamer.Abstractions.Environments;
using static TorchSharp.torch;

namespace Dreamer.Training.Update;

/// <summary>
/// Host observation arrays as tensors in the same element type (dreamerv2.md §3: the world model's preprocessing turns
/// uint8 into floats; float32 vectors pass through): byte[] as <see cref="ScalarType.Byte"/>, float[] as
/// <see cref="ScalarType.Float32"/>.
/// </summary>
public static class ObservationTensor
{
    /// <summary>The tensor type of stored observations of <paramref name="type"/>.</summary>
    public static ScalarType TypeOf(ElementType type) => type == ElementType.Float32 ? ScalarType.Float32 : ScalarType.Byte;

    /// <summary>A CPU tensor of <paramref name="shape"/> holding <paramref name="values"/> (byte[] or float[]).</summary>
    public static Tensor From(Array values, long[] shape) => values switch
    {
        byte[] bytes => tensor(bytes, shape),
        float[] floats => tensor(floats, shape),
        _ => throw new ArgumentException($"observations are byte[] or float[]; got {values?.GetType().Name ?? "null"}.", nameof(values)),
    };
}
