using Dreamer.Abstractions.Model;
using Dreamer.Plugins.Vision;
using Dreamer.Testing;

namespace Dreamer.Training.Tests.Testing;

/// <summary><see cref="DecoderCheck"/> passes the built-in decoders and names what a broken one gets wrong.</summary>
public sealed class DecoderCheckTests
{
    [Fact]
    public void TheMlpDecoderPasses()
    {
        var observation = new ObservationShape([5]);
        var features = new FeatureSize(6);

        DecoderCheck.Run(ComponentBuilder.Create<MlpDecoder>(new MlpDecoderOptions { Layers = 1, Units = 8 }, observation, features), observation, features);
    }

    [Fact]
    public void TheGridDecoderPasses()
    {
        var observation = new ObservationShape([2, 10, 10]);
        var features = new FeatureSize(6);

        DecoderCheck.Run(ComponentBuilder.Create<GridDecoder>(new GridDecoderOptions { Depth = 2 }, observation, features), observation, features);
    }

    [Fact]
    public void TheGridDecoderWithTheBernoulliLikelihoodPasses()
    {
        var observation = new ObservationShape([2, 10, 10]);
        var features = new FeatureSize(6);
        var options = new GridDecoderOptions { Depth = 2, Likelihood = GridLikelihood.Bernoulli };

        DecoderCheck.Run(ComponentBuilder.Create<GridDecoder>(options, observation, features), observation, features);
    }

    [Fact]
    public void ANonFiniteLossIsRefused()
    {
        var observation = new ObservationShape([5]);
        var features = new FeatureSize(6);

        var error = Assert.Throws<ComponentCheckException>(() => DecoderCheck.Run(new InfiniteDecoder(observation, features), observation, features));

        Assert.Equal(
            "Component Dreamer.Training.Tests.Testing.InfiniteDecoder in Dreamer.Training.Tests returned non-finite values from NegLogLikelihood.",
            error.Message);
    }
}
