using Dreamer.Modules.Optimization;
using Dreamer.Tests.Support;
using static TorchSharp.torch;
using OptimizerOptions = Dreamer.Modules.Optimization.OptimizerOptions;
using Parameter = TorchSharp.Modules.Parameter;

namespace Dreamer.Modules.Tests.Optimization;

/// <summary>
/// TV12 (global-norm clip, weight decay) and TV13 (TF ε-hat vs PyTorch ε) for the §6 optimizer. TV13 as printed
/// (ε_torch = ε̂·√(1−β2^t)) has the factor inverted: lr·m̂/(√v̂ + ε_t) = lr_t·m/(√v + ε_t·√(1−β2^t)), so TF's ε̂ is
/// PyTorch's ε_t = ε̂ / √(1−β2^t) (3.162e−4 at t = 1, 1.00005e−5 at t = 10,000). These tests pin the correct relation.
/// </summary>
public sealed class DreamerOptimizerTests
{
    private static (Parameter First, Parameter Second) Parameters(double first, double second) =>
        (new Parameter(full(new long[] { 2 }, first, ScalarType.Float64)), new Parameter(full(new long[] { 1 }, second, ScalarType.Float64)));

    private static void SetGradients(Parameter first, Parameter second, double[] firstGradient, double secondGradient)
    {
        first.grad = tensor(firstGradient);
        second.grad = tensor(new[] { secondGradient });
    }

    [Theory]
    [InlineData(100.0, 1.0)]
    [InlineData(6.5, 0.5)]
    public void GlobalNormIsThirteenAndClipScalesAllGradients(double clip, double scale)
    {
        var (first, second) = Parameters(1, 1);
        SetGradients(first, second, [3, 4], 12);
        var optimizer = new DreamerOptimizer([first, second], new OptimizerOptions { Clip = clip, Lr = 1e-3 });

        var norm = optimizer.Step();

        Assert.Equal(13.0, norm.item<double>(), 12);
        FiniteDifferenceAssert.Close([3 * scale, 4 * scale, 12 * scale], [.. first.grad!.data<double>(), .. second.grad!.data<double>()], 1e-12);
    }

    [Fact]
    public void WeightDecayScalesEveryParameterBeforeAdamIndependentOfTheLearningRate()
    {
        var (first, second) = Parameters(1, 1);
        SetGradients(first, second, [0, 0], 0);
        var optimizer = new DreamerOptimizer([first, second], new OptimizerOptions { Lr = 0.5, Wd = 1e-6 });

        optimizer.Step();

        Assert.All([.. first.data<double>(), .. second.data<double>()], v => Assert.Equal(0.999999, v, 15));
    }

    [Fact]
    public void TensorFlowEpsilonHatEqualsPyTorchEpsilonDividedBySqrtOneMinusBeta2PowerT()
    {
        const double lr = 0.01, eps = 1e-5, beta1 = 0.9, beta2 = 0.999;
        var gradients = new[] { 0.3, -1e-4, 2e-6, 0.05 };
        var parameter = new Parameter(tensor(new[] { 0.7 }));
        var optimizer = new DreamerOptimizer([parameter], new OptimizerOptions { Lr = lr, Eps = eps, Clip = 0, Wd = 0 });
        double expected = 0.7, m = 0, v = 0;

        for (var t = 1; t <= gradients.Length; t++)
        {
            parameter.grad = tensor(new[] { gradients[t - 1] });
            optimizer.Step();
            m = beta1 * m + (1 - beta1) * gradients[t - 1];
            v = beta2 * v + (1 - beta2) * gradients[t - 1] * gradients[t - 1];
            var torchEps = eps / Math.Sqrt(1 - Math.Pow(beta2, t));                      // TV13, corrected
            expected -= lr * (m / (1 - Math.Pow(beta1, t))) / (Math.Sqrt(v / (1 - Math.Pow(beta2, t))) + torchEps);
            Assert.Equal(expected, parameter.data<double>()[0], 14);
        }
        Assert.Equal(3.162e-4, eps / Math.Sqrt(1 - beta2), 7);
    }

    [Fact]
    public void FirstStepEqualsTorchAdamWithTheCorrectedTv13Epsilon()
    {
        var ours = new Parameter(tensor(new[] { 0.7, -0.2, 1.5 }));
        var theirs = new Parameter(tensor(new[] { 0.7, -0.2, 1.5 }));
        var gradient = tensor(new[] { 3e-6, -0.4, 2e-3 });
        ours.grad = gradient.clone();
        theirs.grad = gradient.clone();
        var optimizer = new DreamerOptimizer([ours], new OptimizerOptions { Lr = 2e-4, Eps = 1e-5, Clip = 0, Wd = 0 });
        var adam = optim.Adam([theirs], lr: 2e-4, eps: 1e-5 / Math.Sqrt(1 - 0.999));

        optimizer.Step();
        adam.step();

        FiniteDifferenceAssert.Close(theirs.data<double>().ToArray(), ours.data<double>().ToArray(), 1e-13);
    }
}
