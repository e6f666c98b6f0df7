using Dreamer.Abstractions.Model;
using Dreamer.Training.Acting;
using Dreamer.Training.Contracts;
using Dreamer.Training.Tests.WorldModels;
using static TorchSharp.torch;

namespace Dreamer.Training.Tests.Contracts;

/// <summary>
/// The pipeline checks the shape a component returns at each contract boundary on the first call, and names the
/// component, the method, the expected and the actual shape when it is wrong.
/// </summary>
public sealed class ContractShapeTests
{
    private const string Here = "in Dreamer.Training.Tests broke the";
    private static readonly ObservationShape Image = new([1, 4, 4]);

    [Fact]
    public void AnEmbeddingOfAnotherWidthThanEmbedSizeIsRefused()
    {
        var encoder = new CheckedEncoder(new ShapedEncoder(16, shape => [shape[0], shape[1], 17]), Image);

        var error = Assert.Throws<ComponentContractException>(() => encoder.Encode(Zeros(2, 3, 1, 4, 4)));

        Assert.Equal(
            $"Component Dreamer.Training.Tests.Contracts.ShapedEncoder {Here} IEncoder contract: Encode returned [2, 3, 17], " +
            "expected [2, 3, 16] ([..., E] with E = EmbedSize = 16).",
            error.Message);
    }

    [Fact]
    public void OnlyTheFirstCallIsChecked()
    {
        var calls = 0;
        var encoder = new CheckedEncoder(new ShapedEncoder(16, shape => [shape[0], ++calls == 1 ? 16 : 5]), Image);
        var first = encoder.Encode(Zeros(2, 1, 4, 4));

        var second = encoder.Encode(Zeros(2, 1, 4, 4));

        Assert.Equal([2L, 16L], first.shape);
        Assert.Equal([2L, 5L], second.shape);
    }

    [Fact]
    public void APredictionOfAnotherShapeThanTheObservationsIsRefused()
    {
        var decoder = new CheckedDecoder(new ShapedDecoder(shape => [shape[0], shape[1], 4, 4], shape => shape[..^1]), Image);

        var error = Assert.Throws<ComponentContractException>(() => decoder.Predict(Zeros(2, 3, 24)));

        Assert.Equal(
            $"Component Dreamer.Training.Tests.Contracts.ShapedDecoder {Here} IDecoder contract: Predict returned [2, 3, 4, 4], " +
            "expected [2, 3, 1, 4, 4] ([..., *shape] with shape = ObservationShape [1, 4, 4]).",
            error.Message);
    }

    [Fact]
    public void AScoreThatKeepsADimensionOfTheObservationIsRefused()
    {
        var decoder = new CheckedDecoder(new ShapedDecoder(shape => shape, shape => [shape[0], shape[1], 1]), Image);

        var error = Assert.Throws<ComponentContractException>(() => decoder.NegLogLikelihood(Zeros(2, 3, 24), Zeros(2, 3, 1, 4, 4)));

        Assert.Equal(
            $"Component Dreamer.Training.Tests.Contracts.ShapedDecoder {Here} IDecoder contract: NegLogLikelihood returned [2, 3, 1], " +
            "expected [2, 3] ([...], the leading dimensions of the features).",
            error.Message);
    }

    [Theory]
    [InlineData("Sample", "[5, 16]", "[..., SampleSize] with SampleSize = 16")]
    [InlineData("Mode", "[5, 16]", "[..., SampleSize] with SampleSize = 16")]
    [InlineData("Entropy", "[5]", "[...], the leading dimensions of the parameters")]
    [InlineData("Kl", "[5]", "[...], the leading dimensions of the parameters")]
    public void ALatentResultOfTheWrongShapeIsRefused(string method, string expected, string rule)
    {
        var latent = new CheckedLatent(new ShapedLatent(shape => [shape[0], 3]));
        var parameters = Zeros(5, 16);
        Action call = method switch
        {
            "Sample" => () => latent.Sample(parameters),
            "Mode" => () => latent.Mode(parameters),
            "Entropy" => () => latent.Entropy(parameters),
            _ => () => latent.Kl(parameters, parameters),
        };

        var error = Assert.Throws<ComponentContractException>(call);

        Assert.Equal(
            $"Component Dreamer.Training.Tests.Contracts.ShapedLatent {Here} ILatentDistribution contract: {method} returned [5, 3], " +
            $"expected {expected} ({rule}).",
            error.Message);
    }

    [Fact]
    public void ADynamicsStateOfAnotherSizeThanStateSizeIsRefused()
    {
        var cell = new CheckedDynamicsCell(new ShapedCell(shape => [shape[0], 9]));

        var error = Assert.Throws<ComponentContractException>(() => cell.Step(Zeros(4, 6), Zeros(4, 8)));

        Assert.Equal(
            $"Component Dreamer.Training.Tests.Contracts.ShapedCell {Here} IDynamicsCell contract: Step returned [4, 9], " +
            "expected [4, 8] ([B, D] with D = StateSize = 8).",
            error.Message);
    }

    [Theory]
    [InlineData(true, "Loss(...).Loss")]
    [InlineData(false, "Loss(...).Value")]
    public void AKlLossThatIsNotAScalarIsRefused(bool lossPerPosition, string method)
    {
        Func<long[], long[]> perPosition = shape => shape[..^1];
        Func<long[], long[]> scalar = _ => [];
        var scheme = new CheckedKlScheme(new ShapedKl(lossPerPosition ? perPosition : scalar, lossPerPosition ? scalar : perPosition));

        var error = Assert.Throws<ComponentContractException>(() => scheme.Loss(Zeros(3, 2, 16), Zeros(3, 2, 16), new ShapedLatent(shape => shape)));

        Assert.Equal(
            $"Component Dreamer.Training.Tests.Contracts.ShapedKl {Here} IKlScheme contract: {method} returned [3, 2], expected [] (a scalar).",
            error.Message);
    }

    [Fact]
    public void ActionsOfAnotherSizeThanTheActionVectorAreRefused()
    {
        using var model = TestWorldModels.Tiny();
        using var policy = new AgentPolicy(model, new ShapedBehavior(shape => [shape[0], 3]), [1, 64, 64], actionSize: 2, CPU);

        var error = Assert.Throws<ComponentContractException>(() => policy.Act(new byte[2 * 64 * 64], [1f, 1f], sample: true));

        Assert.Equal(
            $"Component Dreamer.Training.Tests.Contracts.ShapedBehavior {Here} IBehaviorLearner contract: Act returned [2, 3], " +
            "expected [2, 2] ([N, A] with A = the action size 2).",
            error.Message);
    }

    private static Tensor Zeros(params long[] shape) => zeros(shape);
}
