using static TorchSharp.torch;

namespace Dreamer.Plugins.Tests;

/// <summary>Central finite differences of a scalar function of a float64 tensor.</summary>
internal static class FiniteDifference
{
    public static double[] Gradient(Func<Tensor, Tensor> function, Tensor point, double step = 1e-6)
    {
        using var noGrad = no_grad();
        var flat = point.detach().clone().reshape(-1);
        var gradient = new double[flat.shape[0]];
        for (var i = 0; i < gradient.Length; i++)
        {
            using var scope = NewDisposeScope();
            var original = flat[i].item<double>();
            flat[i] = original + step;
            var plus = function(flat.reshape(point.shape)).item<double>();
            flat[i] = original - step;
            var minus = function(flat.reshape(point.shape)).item<double>();
            flat[i] = original;
            gradient[i] = (plus - minus) / (2 * step);
        }
        return gradient;
    }

    public static double[] Autograd(Func<Tensor, Tensor> function, Tensor point)
    {
        var input = point.detach().clone().requires_grad_(true);
        function(input).backward();
        return input.grad!.data<double>().ToArray();
    }

    public static void AssertClose(IReadOnlyList<double> expected, IReadOnlyList<double> actual, double tolerance)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.True(Math.Abs(expected[i] - actual[i]) <= tolerance, $"entry {i}: expected {expected[i]}, got {actual[i]}");
        }
    }
}
