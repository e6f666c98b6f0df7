using Dreamer.Abstractions.Model;
using Dreamer.Plugins.Vision;
using Dreamer.Testing;
using Dreamer.Training.Contracts;

namespace Dreamer.Training.Tests.Testing;

/// <summary><see cref="EncoderCheck"/> passes the built-in encoders and names what a broken one gets wrong.</summary>
public sealed class EncoderCheckTests
{
    [Fact]
    public void TheMlpEncoderPasses()
    {
        var observation = new ObservationShape([5]);

        EncoderCheck.Run(ComponentBuilder.Create<MlpEncoder>(new MlpEncoderOptions { Layers = 2, Units = 8 }, observation), observation);
    }

    [Fact]
    public void TheConvEncoderPassesOnAGrid()
    {
        var observation = new ObservationShape([2, 10, 10]);

        EncoderCheck.Run(ComponentBuilder.Create<ConvEncoder>(new ConvEncoderOptions { Depth = 2, Kernels = [3, 3], Stride = 1 }, observation), observation);
    }

    [Fact]
    public void AnEmbeddingWiderThanEmbedSizeIsRefused()
    {
        var observation = new ObservationShape([5]);

        var error = Assert.Throws<ComponentContractException>(() => EncoderCheck.Run(new WideEncoder(observation), observation));

        Assert.Equal(
            "Component Dreamer.Training.Tests.Testing.WideEncoder in Dreamer.Training.Tests broke the IEncoder contract: Encode returned [3, 2, 9], " +
            "expected [3, 2, 8] ([..., E] with E = EmbedSize = 8).",
            error.Message);
    }

    [Fact]
    public void ALayerNoGradientReachesIsNamed()
    {
        var observation = new ObservationShape([5]);

        var error = Assert.Throws<ComponentCheckException>(() => EncoderCheck.Run(new UnusedLayerEncoder(observation), observation));

        Assert.Equal(
            "Component Dreamer.Training.Tests.Testing.UnusedLayerEncoder in Dreamer.Training.Tests: no gradient reached its parameter 'unused.weight' " +
            "from the mean square of its embeddings, so training would never change it.",
            error.Message);
    }
}
