using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Dreamer.Modules.Layers;

/// <summary>
/// Keras default initialisation (dreamerv2.md §3 "Initialization"): Glorot-uniform kernels with
/// limit √(6 / (fan_in + fan_out)) (convolution fans include k²), zero biases; LayerNorm γ = 1, β = 0.
/// TorchSharp's own defaults differ, so every component applies this after building its layers.
/// </summary>
public static class Initialization
{
    /// <summary>Re-initialises every dense, convolutional and transposed-convolutional layer in <paramref name="root"/>.</summary>
    public static void GlorotUniform(nn.Module root)
    {
        using var noGrad = no_grad();
        foreach (var module in root.modules())
        {
            switch (module)
            {
                case Linear linear:
                    Reset(linear.weight, linear.bias);
                    break;
                case Conv2d conv:
                    Reset(conv.weight, conv.bias);
                    break;
                case ConvTranspose2d deconv:
                    Reset(deconv.weight, deconv.bias);
                    break;
                case LayerNorm norm:
                    norm.weight?.fill_(1.0);
                    norm.bias?.fill_(0.0);
                    break;
            }
        }
    }

    private static void Reset(Tensor? weight, Tensor? bias)
    {
        if (weight is not null) nn.init.xavier_uniform_(weight);
        bias?.zero_();
    }
}
