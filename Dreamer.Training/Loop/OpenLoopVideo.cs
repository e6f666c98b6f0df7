using Dreamer.Abstractions.Environments;
using Dreamer.Training.Replay;
using Dreamer.Training.Update;
using Dreamer.Training.WorldModels;
using static TorchSharp.torch;

namespace Dreamer.Training.Loop;

/// <summary>
/// The world model's open-loop predictions on replayed sequences: the posterior observes the first
/// <c>context</c> steps, then the prior imagines the rest from the replayed actions (dreamerv2.md §2.2, §2.4). Each
/// frame stacks three rows — truth, prediction, error — with one column per sequence. Grey and RGB images show as
/// they are, with the error as grey (mid-grey = 0); a grid of any other channel count (MinAtar: one channel per kind of
/// object) shows each channel in its own colour of <see cref="ChannelColors"/> (channel c in colour c mod 10, the
/// brightest where channels overlap), its error as each channel's |prediction − truth| in that colour on black; a
/// vector observation <c>[D]</c> shows as a strip of D cells of <see cref="VectorCell"/> pixels each. uint8
/// observations are drawn at the world model's brightness; float32 observations have no fixed range, so each element
/// is scaled from the truth's minimum (black) to its maximum (white) over the sequences shown, truth and prediction
/// alike.
/// </summary>
public static class OpenLoopVideo
{
    /// <summary>The side in pixels of one element of a vector observation.</summary>
    public const int VectorCell = 8;

    /// <summary>The smallest range a float element is scaled by, so that a constant element stays finite (black).</summary>
    private const double MinimumRange = 1e-6;

    /// <summary>Frames as uint8 <c>[T, 3, 3·H, B·W]</c> (RGB) on the CPU.</summary>
    public static Tensor Render(WorldModel model, TrainingStep step, SequenceBatch sequences, int context)
    {
        using var noGrad = no_grad();
        var (truth, prediction) = OpenLoopPrediction.Predict(model, step, sequences, context); // [T, B, *obs]
        var (truthBrightness, predictedBrightness) = Brightness(model, sequences.ObservationType == ElementType.UInt8, truth, prediction);
        var truthImage = Picture(truthBrightness);                                     // [T, B, C, H, W] in [0, 1]
        var predictedImage = Picture(predictedBrightness);
        var channels = truthImage.shape[2];
        Tensor[] shown = channels is 1 or 3
            ? [truthImage, predictedImage, ((predictedImage - truthImage + 1) / 2).clamp(0, 1)]
            : [Colored(truthImage), Colored(predictedImage), Colored((predictedImage - truthImage).abs())];
        var rows = cat(shown, 3);                                                       // [T, B, C', 3H, W]
        var columns = rows.permute(0, 2, 3, 1, 4).flatten(3, 4);                         // [T, C', 3H, B·W]
        var rgb = columns.shape[1] == 3 ? columns : columns.expand(-1, 3, -1, -1);      // [T, 3, 3H, B·W]
        return (rgb * 255).round().to_type(ScalarType.Byte).cpu().contiguous();
    }

    /// <summary>The colour of each channel of a grid, cycled for more than ten channels (0xRRGGBB).</summary>
    public static IReadOnlyList<int> ChannelColors { get; } =
        [0x1F77B4, 0xFF7F0E, 0x2CA02C, 0xD62728, 0x9467BD, 0xE377C2, 0xBCBD22, 0x17BECF, 0xFFFFFF, 0x8C564B];

    /// <summary>A grid's channels <c>[T, B, C, H, W]</c> in [0, 1] as RGB <c>[T, B, 3, H, W]</c>: each in its colour, the brightest where they overlap.</summary>
    private static Tensor Colored(Tensor channels)
    {
        var count = (int)channels.shape[2];
        var palette = new float[count * 3];
        for (var c = 0; c < count; c++)
        {
            var color = ChannelColors[c % ChannelColors.Count];
            palette[3 * c] = ((color >> 16) & 0xFF) / 255f;
            palette[3 * c + 1] = ((color >> 8) & 0xFF) / 255f;
            palette[3 * c + 2] = (color & 0xFF) / 255f;
        }
        var colors = tensor(palette, dtype: channels.dtype, device: channels.device).view(1, 1, count, 3, 1, 1); // [1, 1, C, 3, 1, 1]
        return (channels.unsqueeze(3) * colors).amax([2]);                              // [T, B, 3, H, W]
    }

    /// <summary>
    /// Truth and prediction <c>[T, B, *obs]</c> as brightness in [0, 1]: the world model's for uint8 observations, the
    /// truth's per-element range for float32 ones.
    /// </summary>
    private static (Tensor Truth, Tensor Prediction) Brightness(WorldModel model, bool uint8, Tensor truth, Tensor prediction)
    {
        if (uint8) return (model.Brightness(truth), model.Brightness(prediction));
        var low = truth.amin([0, 1], keepdim: true);                                   // [1, 1, *obs]
        var range = (truth.amax([0, 1], keepdim: true) - low).clamp_min(MinimumRange);  // [1, 1, *obs]
        return (((truth - low) / range).clamp(0, 1), ((prediction - low) / range).clamp(0, 1));
    }

    /// <summary>Images <c>[T, B, C, H, W]</c> as they are; vectors <c>[T, B, D]</c> as one-channel strips <c>[T, B, 1, cell, D·cell]</c>.</summary>
    private static Tensor Picture(Tensor brightness)
    {
        if (brightness.dim() != 3) return brightness;
        return brightness.unsqueeze(2).unsqueeze(2)                                    // [T, B, 1, 1, D]
            .repeat_interleave(VectorCell, 3).repeat_interleave(VectorCell, 4);      // [T, B, 1, cell, D·cell]
    }
}
