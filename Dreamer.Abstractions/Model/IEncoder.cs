using static TorchSharp.torch;

namespace Dreamer.Abstractions.Model;

/// <summary>
/// Maps preprocessed observations to embeddings (dreamerv2.md §3, "Encoder"). The component class must derive from
/// <c>torch.nn.Module</c>: the host registers it in the world model, whose optimizer trains it and whose checkpoints
/// hold it, and refuses an encoder class that is not a module when it loads the plugin. The host checks the shape of
/// the first embedding and stops, naming the component, when it is not <c>[..., EmbedSize]</c>. Constructor: its
/// options record and an <see cref="ObservationShape"/>.
/// </summary>
public interface IEncoder
{
    /// <summary>Width E of one embedding (1536 for the conv encoder at 64×64).</summary>
    int EmbedSize { get; }

    /// <summary>Observations <c>[..., *shape]</c>, images in [−0.5, 0.5] → embeddings <c>[..., E]</c>.</summary>
    Tensor Encode(Tensor observation);
}
