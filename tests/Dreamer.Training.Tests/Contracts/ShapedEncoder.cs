using Dreamer.Abstractions.Model;
using static TorchSharp.torch;

namespace Dreamer.Training.Tests.Contracts;

/// <summary>An encoder that returns zeros of the shape <paramref name="shape"/> gives for the observation's shape, whatever its EmbedSize says.</summary>
internal sealed class ShapedEncoder(int embedSize, Func<long[], long[]> shape) : IEncoder
{
    public int EmbedSize => embedSize;

    public Tensor Encode(Tensor observation) => zeros(shape(observation.shape));
}
