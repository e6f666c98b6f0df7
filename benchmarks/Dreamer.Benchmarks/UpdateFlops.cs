using System.Globalization;
using Dreamer.Plugins.Vision;

namespace Dreamer.Benchmarks;

/// <summary>
/// The floating-point operations of one update (dreamerv2.md §1 step 4) counted from the layer shapes: 2 per
/// multiply-add of every dense layer, convolution and transposed convolution; element-wise work (activations,
/// LayerNorm, softmax, Adam) is left out and is small beside them. A backward pass costs twice its forward (the
/// gradients of the inputs and of the weights), the usual estimate. The behavior update's imagination has no backward
/// with the REINFORCE gradient: its losses see the trajectory detached.
/// </summary>
public static class UpdateFlops
{
    /// <summary>Prints the count by part and the achieved rate for an update of <paramref name="updateMs"/>.</summary>
    public static void Print(BenchmarkPreset preset, int batch, int length, int horizon, double updateMs)
    {
        var parts = Count(preset, batch, length, horizon);
        var total = parts.Sum(part => part.Flops);
        Console.WriteLine("| part | GFLOP |");
        Console.WriteLine("|---|---:|");
        foreach (var (name, flops) in parts) Console.WriteLine(Invariant($"| {name} | {flops / 1e9:F3} |"));
        Console.WriteLine(Invariant($"| **one update** | **{total / 1e9:F3}** |"));
        Console.WriteLine(Invariant($"achieved: {total / 1e9:F3} GFLOP in {updateMs:F1} ms = {total / 1e6 / updateMs:F2} GFLOP/s"));
    }

    /// <summary>The update's floating-point operations by part.</summary>
    public static IReadOnlyList<(string Name, double Flops)> Count(BenchmarkPreset preset, int batch, int length, int horizon)
    {
        double frames = (double)batch * length;                                     // N = T·B
        var size = preset.Variables * preset.Classes;                               // S·K, the sample and the parameters
        var features = size + preset.Deter;                                         // F
        var (encoder, embed) = Encoder(preset);
        var decoder = preset.Grid ? GridDecoder(preset, features) : Decoder(preset.ConvDepth, features);
        var posteriorStep = Dense(preset.Hidden + preset.Deter, 3 * preset.Deter)   // GRU over [x; h]
            + Dense(size + preset.Actions, preset.Hidden)                           // img_in
            + Dense(preset.Deter + embed, preset.Hidden) + Dense(preset.Hidden, size); // obs_out, obs_dist
        var priorHead = Dense(preset.Deter, preset.Hidden) + Dense(preset.Hidden, size); // img_out, img_dist
        var head = Mlp(features, preset.HeadLayers, preset.HeadUnits, 1);
        var behaviorNet = Mlp(features, preset.BehaviorLayers, preset.BehaviorUnits, 1);
        var actorNet = Mlp(features, preset.BehaviorLayers, preset.BehaviorUnits, preset.Actions);
        double starts = frames;                                                     // imagination starts, N
        double states = (horizon + 1) * starts;
        var imagineStep = Dense(size + preset.Actions, preset.Hidden) + Dense(preset.Hidden + preset.Deter, 3 * preset.Deter) + priorHead;
        return
        [
            ("encoder, forward + backward", 3 * frames * encoder),
            ("decoder, forward + backward", 3 * frames * decoder),
            ("RSSM observe loop and prior head, forward + backward", 3 * frames * (posteriorStep + priorHead)),
            ("reward and discount heads, forward + backward", 3 * frames * 2 * head),
            ("imagination, forward: H prior steps and actor samples", horizon * starts * (imagineStep + actorNet)),
            ("reward, discount and slow-critic heads over the trajectory, forward", states * (2 * head + behaviorNet)),
            ("actor over H − 1 and critic over H states, forward + backward", 3 * ((horizon - 1) * starts * actorNet + horizon * starts * behaviorNet)),
        ];
    }

    /// <summary>encoder.conv with the preset's options (<see cref="BenchmarkPreset.Encoder"/>).</summary>
    private static (double Flops, int Embed) Encoder(BenchmarkPreset preset)
    {
        var kernels = preset.Encoder.Kernels;
        var stride = preset.Encoder.Stride;
        double flops = 0;
        int channels = preset.Observation[0], size = preset.Observation[1];
        for (var i = 0; i < kernels.Count; i++)
        {
            var output = preset.Encoder.Depth << i;
            var outSize = (size - kernels[i]) / stride + 1;
            flops += 2.0 * outSize * outSize * output * channels * kernels[i] * kernels[i];
            channels = output;
            size = outSize;
        }
        return (flops, channels * size * size);
    }

    private static double Decoder(int depth, int features)
    {
        var kernels = new ConvDecoderOptions().Kernels;
        var channels = 32 * depth;
        double flops = Dense(features, channels);
        var size = 1;
        for (var i = 0; i < kernels.Count; i++)
        {
            var output = i == kernels.Count - 1 ? 1 : depth << (kernels.Count - i - 2);
            flops += 2.0 * size * size * channels * output * kernels[i] * kernels[i];   // each input pixel scatters k² × C_out
            channels = output;
            size = (size - 1) * 2 + kernels[i];
        }
        return flops;
    }

    private static double GridDecoder(BenchmarkPreset preset, int features)
    {
        var kernels = new GridDecoderOptions().Kernels;
        var channels = preset.ConvDepth << (kernels.Count - 1);
        var size = preset.Observation[1] - kernels.Sum(k => k - 1);
        double flops = Dense(features, channels * size * size);
        for (var i = 0; i < kernels.Count; i++)
        {
            var output = i == kernels.Count - 1 ? preset.Observation[0] : channels / 2;
            flops += 2.0 * size * size * channels * output * kernels[i] * kernels[i];
            channels = output;
            size += kernels[i] - 1;
        }
        return flops;
    }

    private static double Mlp(int inputs, int layers, int units, int outputs)
    {
        double flops = 0;
        var width = inputs;
        for (var i = 0; i < layers; i++)
        {
            flops += Dense(width, units);
            width = units;
        }
        return flops + Dense(width, outputs);
    }

    private static double Dense(int inputs, int outputs) => 2.0 * inputs * outputs;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
