using Dreamer.Abstractions.Components;
using Dreamer.Abstractions.Model;
using static TorchSharp.torch;

namespace Dreamer.TestPlugins.BadContracts;

/// <summary>An encoder that is a plain class: the host could not register, move or checkpoint its parameters.</summary>
[Component("test.plain-encoder")]
public sealed class PlainEncoder(ObservationShape observation) : IEncoder
{
    public int EmbedSize => observation.Size;

    public Tensor Encode(Tensor observation) => observation.flatten(-3);
}
