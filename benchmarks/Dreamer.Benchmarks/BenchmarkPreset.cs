using Dreamer.Plugins.Vision;

namespace Dreamer.Benchmarks;

/// <summary>
/// The network sizes a benchmark builds (dreamerv2.md §3, §8): the Atari preset (<c>compositions/atari.yaml</c>,
/// §11 TV9) or the default composition (<c>compositions/default.yaml</c>, MinAtar Breakout as 64×64 grey images) or the MinAtar preset (<c>compositions/minatar.yaml</c>, the
/// binary grid).
/// Every other option is the preset's.
/// </summary>
public sealed record BenchmarkPreset(
    string Name, int Actions, int ConvDepth, int Variables, int Classes, int Deter, int Hidden, int HeadLayers, int HeadUnits,
    int BehaviorLayers, int BehaviorUnits, int Batch, int Length, bool Grid = false)
{
    /// <summary>The observation: 64×64×1 images, or MinAtar Breakout's binary 4×10×10 grid.</summary>
    public int[] Observation => Grid ? [4, 10, 10] : [1, 64, 64];

    /// <summary>encoder.conv as the preset's composition sets it: kernels 4 at stride 2 for images, kernels 3 at stride 1 for the grid.</summary>
    public ConvEncoderOptions Encoder => Grid
        ? new ConvEncoderOptions { Depth = ConvDepth, Kernels = [3, 3, 3], Stride = 1 }
        : new ConvEncoderOptions { Depth = ConvDepth };

    /// <summary>"64x64x1" or "4x10x10 grid".</summary>
    public string ObservationName => Grid ? "4x10x10 grid" : "64x64x1";

    /// <summary>compositions/atari.yaml: A = 18, depth 48, 32×32 latents, D = 600, heads 4 × 400, B = 16, L = 50.</summary>
    public static readonly BenchmarkPreset Atari = new("atari", 18, 48, 32, 32, 600, 600, 4, 400, 4, 400, 16, 50);

    /// <summary>compositions/default.yaml: A = 3, depth 8, 16×16 latents, D = 200, heads 2 × 200, B = 16, L = 16.</summary>
    public static readonly BenchmarkPreset Default = new("default", 3, 8, 16, 16, 200, 200, 2, 200, 2, 200, 16, 16);

    /// <summary>compositions/minatar.yaml: the 4×10×10 grid, grid encoder and decoder of depth 16, A = 3, 16×16 latents, D = 100, widths 100.</summary>
    public static readonly BenchmarkPreset Minatar = new("minatar", 3, 16, 16, 16, 100, 100, 2, 100, 2, 100, 16, 16, Grid: true);

    /// <summary>The preset named <paramref name="name"/>, or null.</summary>
    public static BenchmarkPreset? Named(string name) => name switch
    {
        "atari" => Atari,
        "default" => Default,
        "minatar" => Minatar,
        _ => null,
    };
}
