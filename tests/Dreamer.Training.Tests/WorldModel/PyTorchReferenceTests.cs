using TorchSharp;
using Xunit.Abstractions;
using static TorchSharp.torch;

namespace Dreamer.Training.Tests.WorldModels;

/// <summary>
/// The tiny world model against scripts/reference/world_model_reference.py (PyTorch, float64): same parameters,
/// batch and straight-through noise; loss terms, gradient norms and one optimizer step agree to 1e-4.
/// </summary>
public sealed class PyTorchReferenceTests(ITestOutputHelper output)
{
    private const double Tolerance = 1e-4;

    [Fact]
    public void LossGradientsAndOneStepMatchPyTorch()
    {
        var reference = ReferenceWorldModel.Load();
        var model = TestWorldModels.Tiny();
        model.to(ScalarType.Float64);
        var named = model.named_parameters().ToList();
        Assert.Equal(reference.Parameters.Select(p => p.Name), named.Select(p => p.name));
        Assert.Equal(reference.Parameters.Select(p => string.Join(",", p.Shape)), named.Select(p => string.Join(",", p.parameter.shape)));
        ReferenceBatch.FillParameters(model);
        var latent = TestWorldModels.TinyLatent();
        var noise = ReferenceBatch.UniformNoise();                                       // [T, B, S]
        var before = named.Select(p => p.parameter.detach().clone()).ToList();

        var loss = model.Loss(ReferenceBatch.Create(), (parameters, t) => latent.Sample(parameters, noise[t]));
        var features = loss.Posterior.Features();                                       // [T, B, F]
        var norm = model.Optimizer.Minimize(loss.Total);

        var differences = new List<(string What, double Expected, double Actual)>
        {
            ("total", reference.Losses["total"], loss.Total.item<double>()),
            ("image", reference.Losses["image"], loss.Image.item<double>()),
            ("reward", reference.Losses["reward"], loss.Reward.item<double>()),
            ("discount", reference.Losses["discount"], loss.Discount.item<double>()),
            ("kl", reference.Losses["kl"], loss.Kl.item<double>()),
            ("kl_value", reference.Losses["kl_value"], loss.KlValue.item<double>()),
            ("features_sum", reference.FeaturesSum, features.sum().item<double>()),
            ("features_square_sum", reference.FeaturesSquareSum, features.square().sum().item<double>()),
            ("gradient_norm", reference.GradientNorm, norm.item<double>()),
        };
        // Minimize clipped the gradients in place (by 1 here: the norm is below 100), so their norms are comparable.
        for (var i = 0; i < named.Count; i++)
        {
            differences.Add(($"grad {named[i].name}", reference.ParameterGradientNorms[i], named[i].parameter.grad!.norm().item<double>()));
            differences.Add(($"step {named[i].name}", reference.ParameterStepNorms[i], (named[i].parameter - before[i]).norm().item<double>()));
        }

        var worst = differences.MaxBy(d => Math.Abs(d.Expected - d.Actual));
        output.WriteLine($"max abs diff {Math.Abs(worst.Expected - worst.Actual):E3} at {worst.What}");
        Assert.True(reference.GradientNorm < 100, "the reference gradient norm must stay below the clip for the gradient comparison");
        Assert.All(differences, d => Assert.True(Math.Abs(d.Expected - d.Actual) <= Tolerance, $"{d.What}: PyTorch {d.Expected}, C# {d.Actual}"));
    }
}
