using Dreamer.Abstractions.Model;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Dreamer.Training.Tests.Testing;

/// <summary>A broken encoder: its embeddings are one wider than its EmbedSize says.</summary>
internal sealed class WideEncoder : nn.Module, IEncoder
{
    private readonly Linear layer;

    public WideEncoder(ObservationShape observation) : base("encoder")
    {
        layer = nn.Linear(observation.Size, 9);
        RegisterComponents();
    }

    public int EmbedSize => 8;

    public Tensor Encode(Tensor observation) => layer.forward(observation);
}
