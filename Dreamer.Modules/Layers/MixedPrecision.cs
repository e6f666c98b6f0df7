using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Dreamer.Modules.Layers;

/// <summary>
/// A hand-made autocast (TorchSharp 0.107.0 has none) for the dense and convolutional layers of dreamerv2.md §2–§3:
/// inside <see cref="Use"/>(<see cref="ComputePrecision.Bfloat16"/>) a layer run through <see cref="Linear"/>,
/// <see cref="Conv2d"/> or <see cref="ConvTranspose2d"/> casts its input, weight and bias to bfloat16 and its output
/// back to the input's type, so parameters stay float32 master weights (their gradients arrive in float32 through the
/// casts) and everything between layers — activations, LayerNorm, distributions, losses — runs in float32. Outside a
/// scope, or in a float32 scope, the layer's own <c>forward</c> runs unchanged, except that a transposed convolution that
/// <see cref="SubPixelConvolution"/> covers runs as its equivalent (the same sums in another order). The setting flows with the execution
/// context, so parallel tests do not see each other's scopes.
/// </summary>
public static class MixedPrecision
{
    private static readonly AsyncLocal<ComputePrecision> Active = new();

    /// <summary>The precision of the innermost active scope; float32 outside every scope.</summary>
    public static ComputePrecision Current => Active.Value;

    /// <summary>Sets the compute precision until the returned scope is disposed (scopes nest).</summary>
    public static IDisposable Use(ComputePrecision precision)
    {
        var scope = new Scope(Active.Value);
        Active.Value = precision;
        return scope;
    }

    /// <summary>y = x·Wᵀ + b in the current precision: <c>[..., in]</c> → <c>[..., out]</c>.</summary>
    public static Tensor Linear(Linear layer, Tensor input)
    {
        ArgumentNullException.ThrowIfNull(layer);
        if (Active.Value == ComputePrecision.Float32) return layer.forward(input);
        return nn.functional.linear(Low(input), Low(layer.weight!), LowOrNull(layer.bias)).to_type(input.dtype);
    }

    /// <summary>A 2-D convolution in the current precision: <c>[N, C, H, W]</c> → <c>[N, C', H', W']</c>.</summary>
    public static Tensor Conv2d(Conv2d layer, Tensor input)
    {
        ArgumentNullException.ThrowIfNull(layer);
        if (Active.Value == ComputePrecision.Float32) return layer.forward(input);
        return nn.functional.conv2d(Low(input), Low(layer.weight!), LowOrNull(layer.bias), layer.stride, layer.padding, layer.dilation, layer.groups)
            .to_type(input.dtype);
    }

    /// <summary>
    /// A 2-D transposed convolution in the current precision: <c>[N, C, H, W]</c> → <c>[N, C', H', W']</c>. Where
    /// <see cref="SubPixelConvolution.Covers"/> says so it runs as <see cref="SubPixelConvolution"/> (a 1×1 input as one
    /// matrix product, a stride-2 layer as a stride-1 convolution and a pixel shuffle), the same sums, faster on the CPU.
    /// </summary>
    public static Tensor ConvTranspose2d(ConvTranspose2d layer, Tensor input)
    {
        ArgumentNullException.ThrowIfNull(layer);
        ArgumentNullException.ThrowIfNull(input);
        var low = Active.Value != ComputePrecision.Float32;
        var (x, weight, bias) = low ? (Low(input), Low(layer.weight!), LowOrNull(layer.bias)) : (input, layer.weight!, layer.bias);
        var output = SubPixelConvolution.Covers(layer, input)
            ? SubPixelConvolution.Transposed(x, weight, bias, layer.stride![0])
            : nn.functional.conv_transpose2d(x, weight, bias, layer.stride, layer.padding, layer.output_padding, layer.dilation, layer.groups);
        return low ? output.to_type(input.dtype) : output;
    }

    private static Tensor Low(Tensor tensor) => tensor.to_type(ScalarType.BFloat16);

    private static Tensor? LowOrNull(Tensor? tensor) => tensor is null ? null : Low(tensor);

    private sealed class Scope(ComputePrecision previous) : IDisposable
    {
        public void Dispose() => Active.Value = previous;
    }
}
