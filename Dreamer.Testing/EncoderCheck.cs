using Dreamer.Abstractions.Model;
using Dreamer.Training.Contracts;

namespace Dreamer.Testing;

/// <summary>
/// Checks an encoder against its contract (dreamerv2.md §3, "Encoder"): observations <c>[T, B, *shape]</c> →
/// embeddings <c>[T, B, EmbedSize]</c> with finite values, and a backward pass that reaches every parameter.
/// </summary>
public static class EncoderCheck
{
    /// <summary>Runs one forward and backward pass; throws <see cref="ComponentContractException"/> or <see cref="ComponentCheckException"/>.</summary>
    public static void Run(IEncoder encoder, ObservationShape observation)
    {
        var module = ComponentModule.Of(encoder, nameof(IEncoder));
        var observations = TinyBatch.Observations(observation.Dimensions);                      // [T, B, *shape]
        var embed = new CheckedEncoder(encoder, observation).Encode(observations);              // [T, B, E]
        TensorChecks.Finite(encoder, embed, nameof(IEncoder.Encode));
        embed.square().mean().backward();
        TensorChecks.GradientsReachParameters(encoder, module, "the mean square of its embeddings");
    }
}
