using Dreamer.Training.Update;
using static TorchSharp.torch;

namespace Dreamer.Training.Tests.WorldModels;

/// <summary>
/// The deterministic inputs of scripts/reference/world_model_reference.py (same formulas): parameters, batch and the
/// uniform noise of the straight-through draws.
/// </summary>
internal static class ReferenceBatch
{
    public const int Time = 4;
    public const int BatchSize = 2;
    public const int Actions = 2;
    public const int Variables = 4;

    /// <summary>Parameter k, flat index i: scale·sin(1 + i + 10k); scale = 1/√(numel/shape[0]) for 2+ dims, else 0.1.</summary>
    public static void FillParameters(nn.Module module)
    {
        using var noGrad = no_grad();
        var k = 0;
        foreach (var (_, parameter) in module.named_parameters())
        {
            var count = parameter.numel();
            var scale = parameter.dim() >= 2 ? 1.0 / Math.Sqrt((double)count / parameter.shape[0]) : 0.1;
            var values = Enumerable.Range(0, (int)count).Select(i => scale * Math.Sin(1.0 + i + 10.0 * k)).ToArray();
            parameter.copy_(tensor(values, ScalarType.Float64).reshape(parameter.shape));
            k++;
        }
    }

    /// <summary>u_j = 0.5 + 0.49·sin(2 + 3.7·j): <c>[T, B, S]</c>.</summary>
    public static Tensor UniformNoise()
    {
        var values = Enumerable.Range(0, Time * BatchSize * Variables).Select(j => 0.5 + 0.49 * Math.Sin(2.0 + 3.7 * j)).ToArray();
        return tensor(values, ScalarType.Float64).reshape(Time, BatchSize, Variables);
    }

    public static Batch Create()
    {
        var pixels = Enumerable.Range(0, Time * BatchSize * 64 * 64).Select(i => (byte)((i * 37L + 11) % 256)).ToArray();
        var image = tensor(pixels).reshape(Time, BatchSize, 1, 64, 64);                 // [T, B, C, H, W]
        var isFirst = new double[Time, BatchSize];
        isFirst[0, 0] = isFirst[0, 1] = isFirst[2, 1] = 1;
        var action = new double[Time, BatchSize, Actions];
        var reward = new double[Time, BatchSize];
        var isTerminal = new double[Time, BatchSize];
        isTerminal[3, 0] = 1;
        for (var t = 0; t < Time; t++)
        {
            for (var b = 0; b < BatchSize; b++)
            {
                if (isFirst[t, b] == 0)
                {
                    action[t, b, (t + b) % Actions] = 1;
                    reward[t, b] = 2.0 * Math.Sin(t + 2.0 * b);
                }
            }
        }
        return new Batch(image, tensor(action), tensor(reward), tensor(isFirst), tensor(isTerminal));
    }
}
