using Dreamer.Abstractions.Model;
using static TorchSharp.torch;

namespace Dreamer.Training.Contracts;

/// <summary>
/// An encoder whose first embedding is checked against its contract (dreamerv2.md §3): observations
/// <c>[..., *shape]</c> → embeddings <c>[..., E]</c> with E = <see cref="IEncoder.EmbedSize"/>.
/// </summary>
internal sealed class CheckedEncoder(IEncoder encoder, ObservationShape shape) : IEncoder
{
    private readonly ShapeCheck encode = new(encoder, nameof(IEncoder), nameof(Encode), $"[..., E] with E = EmbedSize = {encoder.EmbedSize}");

    public int EmbedSize => encoder.EmbedSize;

    public Tensor Encode(Tensor observation)
    {
        var embed = encoder.Encode(observation);                                     // [..., E]
        return encode.Pending ? encode.Verify(embed, [.. ShapeCheck.Leading(observation, shape.Dimensions.Count), EmbedSize]) : embed;
    }
}
