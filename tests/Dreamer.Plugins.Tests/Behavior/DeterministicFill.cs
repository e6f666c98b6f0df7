using static TorchSharp.torch;

namespace Dreamer.Plugins.Tests.Behavior;

/// <summary>
/// Parameter values shared with scripts/reference/behavior_reference.py: parameter j of a listed order, flat index i,
/// gets 0.5·sin(seed + 0.9·j + 0.37·i).
/// </summary>
internal static class DeterministicFill
{
    public static void Fill(IEnumerable<Tensor> parameters, double seed)
    {
        using var noGrad = no_grad();
        var j = 0;
        foreach (var parameter in parameters)
        {
            using var scope = NewDisposeScope();
            var index = arange(parameter.numel(), dtype: ScalarType.Float64);                         // [numel]
            var values = (index * 0.37 + (seed + 0.9 * j)).sin().mul(0.5);                           // [numel]
            parameter.copy_(values.reshape(parameter.shape).to_type(parameter.dtype));
            j++;
        }
    }

    /// <summary>Uniform noise of the k-th sampling call: 0.02 + 0.96·frac(0.1 + 0.618034·(k·count + i)).</summary>
    public static Tensor Noise(int call, long[] shape)
    {
        var count = shape.Aggregate(1L, (a, b) => a * b);
        var index = arange(count, dtype: ScalarType.Float64) + call * count;                         // [count]
        return (index * 0.618034 + 0.1).frac().mul(0.96).add(0.02).reshape(shape).to_type(ScalarType.Float32);
    }
}
