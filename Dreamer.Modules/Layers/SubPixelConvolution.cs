using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Dreamer.Modules.Layers;

/// <summary>
/// The transposed convolutions of the image decoder (dreamerv2.md §3) as faster equivalents on the CPU
/// (docs/performance.md), used where <see cref="Covers"/> says so. A 1×1 input is one matrix product: each image's Cin values times the weight
/// <c>[Cin, Cout·k²]</c>. A stride-2 layer is one stride-1 convolution and a pixel shuffle: output pixel (2u + a, 2v + b)
/// sums the input around (u, v) with the sub-kernel W[.., 2r + a, 2s + b], so the four sub-kernels become 4·Cout output
/// channels of an ordinary convolution over the input padded by k/2 − 1, and <c>pixel_shuffle</c> interleaves them (an
/// odd kernel gets a zero row and column). Both are the same products as libtorch's transposed convolution summed in
/// another order, equal up to float rounding.
/// </summary>
public static class SubPixelConvolution
{
    /// <summary>
    /// Whether these equivalents cover <paramref name="layer"/> applied to <paramref name="input"/> <c>[N, Cin, H, W]</c>:
    /// no padding, dilation or groups, a square kernel, and either a 1×1 input or stride 2 with an even kernel (with an
    /// odd kernel the zero padding costs more than it saves, measured in docs/performance.md).
    /// </summary>
    public static bool Covers(ConvTranspose2d layer, Tensor input)
    {
        ArgumentNullException.ThrowIfNull(layer);
        ArgumentNullException.ThrowIfNull(input);
        var kernel = layer.weight!.shape;
        long[] stride = layer.stride ?? [1];
        var plain = kernel[2] == kernel[3] && stride.All(s => s == stride[0]) && Zero(layer.padding) && Zero(layer.output_padding)
            && (layer.dilation ?? []).All(d => d == 1) && layer.groups == 1 && input.dim() == 4;
        return plain && ((input.shape[2] == 1 && input.shape[3] == 1) || (stride[0] == 2 && kernel[2] % 2 == 0));

        static bool Zero(long[]? values) => (values ?? []).All(v => v == 0);
    }

    /// <summary>
    /// <c>[N, Cin, H, W]</c> with weight <c>[Cin, Cout, k, k]</c> and bias <c>[Cout]</c> at stride s →
    /// <c>[N, Cout, (H − 1)·s + k, (W − 1)·s + k]</c>: a 1×1 input at any stride, otherwise stride 1 or 2.
    /// </summary>
    public static Tensor Transposed(Tensor input, Tensor weight, Tensor? bias, long stride)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(weight);
        var (images, height, width) = (input.shape[0], input.shape[2], input.shape[3]);
        var (inChannels, outChannels, kernel) = (weight.shape[0], weight.shape[1], weight.shape[2]);
        if (height == 1 && width == 1)
        {
            var product = input.reshape(images, inChannels).matmul(weight.reshape(inChannels, -1)); // [N, Cout·k²]
            var patch = product.reshape(images, outChannels, kernel, kernel);                  // [N, Cout, k, k]
            return bias is null ? patch : patch + bias.reshape(outChannels, 1, 1);
        }
        if (stride is not (1 or 2)) throw new ArgumentException($"stride {stride}: only 1 and 2 are covered beyond a 1×1 input", nameof(stride));
        if (stride == 1)
        {
            // A stride-1 transposed convolution is the convolution with the flipped kernel over the input padded by k − 1.
            var flipped = weight.flip(2, 3).transpose(0, 1);                                   // [Cout, Cin, k, k]
            return nn.functional.conv2d(input, flipped, bias, padding: [kernel - 1, kernel - 1]);
        }
        var even = kernel + kernel % 2;
        var half = even / 2;
        var padded = kernel == even ? weight : nn.functional.pad(weight, [0, 1, 0, 1]);        // [Cin, Cout, k', k']
        // G[c·4 + a·2 + b, ci, r, s] = W[ci, c, 2(half − 1 − r) + a, 2(half − 1 − s) + b]
        var phases = padded.reshape(inChannels, outChannels, half, 2, half, 2)                 // [Cin, Cout, r, a, s, b]
            .flip(2, 4)
            .permute(1, 3, 5, 0, 2, 4)                                                          // [Cout, a, b, Cin, r, s]
            .reshape(outChannels * 4, inChannels, half, half);
        var phaseBias = bias?.repeat_interleave(4);                                             // [Cout·4]
        var shuffled = nn.functional.pixel_shuffle(
            nn.functional.conv2d(input, phases, phaseBias, padding: [half - 1, half - 1]), 2);   // [N, Cout, 2(H + half − 1), 2(W + half − 1)]
        var outHeight = 2 * height + kernel - 2;
        var outWidth = 2 * width + kernel - 2;
        return kernel == even ? shuffled : shuffled[.., .., ..(int)outHeight, ..(int)outWidth];
    }
}
