using Dreamer.Abstractions.Model;
using static TorchSharp.torch;

namespace Dreamer.Training.Tests.Contracts;

/// <summary>A latent of 16 parameters and samples whose every method returns zeros of the shape the test gives for the parameters' shape.</summary>
internal sealed class ShapedLatent(Func<long[], long[]> shape) : ILatentDistribution
{
    public int ParameterSize => 16;

    public int SampleSize => 16;

    public Tensor Sample(Tensor parameters) => zeros(shape(parameters.shape));

    public Tensor Mode(Tensor parameters) => zeros(shape(parameters.shape));

    public Tensor Entropy(Tensor parameters) => zeros(shape(parameters.shape));

    public Tensor Kl(Tensor lhs, Tensor rhs) => zeros(shape(lhs.shape));
}
