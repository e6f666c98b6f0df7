using Dreamer.Training.WorldModels;
using TorchSharp;
using static TorchSharp.torch;

namespace Dreamer.Training.Tests.WorldModels;

/// <summary>§4: heads not in grad_heads are trained on sg(features); L_model combines the scaled terms.</summary>
public sealed class GradHeadsTests
{
    private static WorldModelOptions TinyOptions(params string[] gradHeads) => new()
    {
        Hidden = 8,
        RewardHead = new HeadOptions { Layers = 2, Units = 8 },
        DiscountHead = new DiscountHeadOptions { Layers = 2, Units = 8 },
        GradHeads = gradHeads,
    };

    private static double EncoderGradientNorm(string[] gradHeads, Func<WorldModelLoss, Tensor> term)
    {
        var model = TestWorldModels.Tiny(TinyOptions(gradHeads));
        model.to(ScalarType.Float64);
        ReferenceBatch.FillParameters(model);
        var latent = TestWorldModels.TinyLatent();
        var noise = ReferenceBatch.UniformNoise();
        var loss = model.Loss(ReferenceBatch.Create(), (p, t) => latent.Sample(p, noise[t]));
        model.zero_grad();
        term(loss).backward();
        return model.named_parameters().Where(p => p.name.StartsWith("encoder.") && p.parameter.grad is not null)
            .Sum(p => p.parameter.grad!.square().sum().item<double>());
    }

    [Theory]
    [InlineData(WorldModelHeads.Decoder)]
    [InlineData(WorldModelHeads.Reward)]
    [InlineData(WorldModelHeads.Discount)]
    public void AHeadOutsideGradHeadsSendsNoGradientIntoTheRepresentation(string head)
    {
        Func<WorldModelLoss, Tensor> term = head switch
        {
            WorldModelHeads.Decoder => loss => loss.Image,
            WorldModelHeads.Reward => loss => loss.Reward,
            _ => loss => loss.Discount,
        };
        var others = WorldModelOptions.HeadNames.Where(name => name != head).ToArray();

        Assert.True(EncoderGradientNorm([.. WorldModelOptions.HeadNames], term) > 0);
        Assert.Equal(0.0, EncoderGradientNorm(others, term));
    }

    [Fact]
    public void TotalIsTheScaledSumOfTheTerms()
    {
        var model = TestWorldModels.Tiny();
        model.to(ScalarType.Float64);
        ReferenceBatch.FillParameters(model);

        var loss = model.Loss(ReferenceBatch.Create());
        var expected = loss.Image + loss.Reward + 5.0 * loss.Discount + 0.1 * loss.Kl;

        Assert.Equal(expected.item<double>(), loss.Total.item<double>(), 9);
    }

    [Fact]
    public void UnknownGradHeadIsRejected()
    {
        var error = Assert.Throws<ArgumentException>(() => TestWorldModels.Tiny(TinyOptions("decoder", "critic")));

        Assert.Contains("critic", error.Message);
    }
}
