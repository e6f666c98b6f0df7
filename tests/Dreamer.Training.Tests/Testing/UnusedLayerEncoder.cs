using Dreamer.Abstractions.Model;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Dreamer.Training.Tests.Testing;

/// <summary>A broken encoder: it registers a layer its Encode never uses, so no gradient reaches that layer.</summary>
internal sealed class UnusedLayerEncoder : nn.Module, IEncoder
{
    private readonly Linear used;
    private readonly Linear unused;

    public UnusedLayerEncoder(ObservationShape observation) : base("encoder")
    {
        used = nn.Linear(observation.Size, 8);
        unused = nn.Linear(8, 8);
        RegisterComponents();
    }

    public int EmbedSize => 8;

    public Tensor Encode(Tensor observation) => used.forward(observation);
}
