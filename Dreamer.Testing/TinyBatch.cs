using static TorchSharp.torch;

namespace Dreamer.Testing;

/// <summary>The leading dimensions of the checks' random inputs: a sequence of T = 3 steps of B = 2 rows, as the world model passes (dreamerv2.md §4).</summary>
internal static class TinyBatch
{
    public const long Steps = 3;
    public const long Rows = 2;

    /// <summary>Standard-normal values <c>[T, B, *trailing]</c> that collect a gradient.</summary>
    public static Tensor Leaf(params long[] trailing) => randn([Steps, Rows, .. trailing]).requires_grad_();

    /// <summary>Observations <c>[T, B, *shape]</c> uniform in [−0.5, 0.5], the range encoders see (dreamerv2.md §3).</summary>
    public static Tensor Observations(IReadOnlyList<int> shape) => rand([Steps, Rows, .. shape.Select(dimension => (long)dimension)]) - 0.5;
}
