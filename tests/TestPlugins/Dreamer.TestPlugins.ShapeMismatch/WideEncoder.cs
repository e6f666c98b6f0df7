using Dreamer.Abstractions.Components;
using Dreamer.Abstractions.Model;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Dreamer.TestPlugins.ShapeMismatch;

/// <summary>An encoder whose embeddings have one value more than its <see cref="EmbedSize"/> says.</summary>
[Component("test.wide-encoder", Summary = "Embeddings one wider than EmbedSize says.")]
public sealed class WideEncoder : nn.Module, IEncoder
{
    private readonly Linear project;
    private readonly int rank;

    public WideEncoder(ObservationShape observation) : base("wide_encoder")
    {
        rank = observation.Dimensions.Count;
        project = nn.Linear(observation.Size, EmbedSize + 1);
        RegisterComponents();
    }

    public int EmbedSize => 16;

    public Tensor Encode(Tensor observation) => project.forward(observation.flatten(-rank));    // [..., E + 1]
}
