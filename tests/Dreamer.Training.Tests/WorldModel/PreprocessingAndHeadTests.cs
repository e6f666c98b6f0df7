using Dreamer.Modules.Distributions;
using Dreamer.Tests.Support;
using Dreamer.Training.WorldModels;
using TorchSharp;
using static TorchSharp.torch;

namespace Dreamer.Training.Tests.WorldModels;

/// <summary>TV8: image preprocessing (and the binary grids' scale), reward transform and NLL (the discount-head loss is in Dreamer.Modules.Tests).</summary>
public sealed class PreprocessingAndHeadTests
{
    private static readonly WorldModel Model = TestWorldModels.Tiny().to(ScalarType.Float64);

    [Fact]
    public void Uint8PixelsMapToMinusHalfToHalf()
    {
        var pixels = Model.Preprocess(tensor(new byte[] { 0, 255, 128 })).data<double>().ToArray();

        FiniteDifferenceAssert.Close([-0.5, 0.5, 0.001961], pixels, 1e-6);
    }

    [Fact]
    public void BinaryGridsKeepTheirZerosAndOnesAndShowAsBrightness()
    {
        var binary = TestWorldModels.Build(
            new WorldModelOptions { Hidden = 4, ObservationScale = ObservationScale.Binary }, 1, 1, 4, 2, 2, 2).to(ScalarType.Float64);
        var cells = binary.Preprocess(tensor(new byte[] { 0, 1, 1, 0 }));

        Assert.Equal(new[] { 0.0, 1, 1, 0 }, cells.data<double>().ToArray());
        Assert.Equal(new[] { 0.0, 1, 0.25, 1 }, binary.Brightness(tensor(new[] { -0.3, 1.7, 0.25, 1.0 })).data<double>().ToArray());
        FiniteDifferenceAssert.Close([0, 1, 0.75], Model.Brightness(tensor(new[] { -0.5, 0.5, 0.25 })).data<double>().ToArray(), 1e-12);
    }

    [Fact]
    public void FloatObservationsPassUnchanged()
    {
        Assert.Equal(new[] { 0.25, -3.0 }, Model.Preprocess(tensor(new[] { 0.25f, -3f })).data<double>().ToArray());
    }

    [Fact]
    public void RewardTargetIsTanhForAtariAndIdentityOtherwise()
    {
        var rewards = tensor(new[] { 0.0, 1, -5, 100 });
        var identity = TestWorldModels.Build(
            new WorldModelOptions { Hidden = 4, RewardTransform = RewardTransform.Identity }, 1, 1, 4, 2, 2, 2).to(ScalarType.Float64);

        FiniteDifferenceAssert.Close([0, 0.761594, -0.999909, 1.0], Model.RewardTarget(rewards).data<double>().ToArray(), 1e-6);
        Assert.Equal(new[] { 0.0, 1, -5, 100 }, identity.RewardTarget(rewards).data<double>().ToArray());
    }

    [Fact]
    public void RewardNllOfTanhOneUnderPredictionOneHalf()
    {
        var nll = UnitNormal.NegLogLikelihood(tensor(0.5), Model.RewardTarget(tensor(1.0)));

        Assert.Equal(0.953154, nll.item<double>(), 6);
    }
}
