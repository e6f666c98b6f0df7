using System.Diagnostics;
using System.Globalization;
using Dreamer.Abstractions.Model;
using Dreamer.Host.Training;
using Dreamer.Plugins.Dynamics;
using Dreamer.Plugins.Kl;
using Dreamer.Plugins.Latents;
using Dreamer.Plugins.Vision;
using TorchSharp;
using static TorchSharp.torch;

namespace Dreamer.Benchmarks;

/// <summary>
/// Times world-model updates (dreamerv2.md §4, §6) at the Atari preset: 64×64×1 images, A = 18, B × L = 16 × 50,
/// full-size components. Prints every update and the median / minimum.
/// </summary>
public static class WorldModelBenchmark
{
    public static int Run(string[] args)
    {
        var warmup = Option(args, "--warmup", 2);
        var updates = Option(args, "--updates", 5);
        var batchSize = Option(args, "--batch", 16);
        var length = Option(args, "--length", 50);
        var device = new Device(args.SkipWhile(a => a != "--device").Skip(1).FirstOrDefault() ?? "cpu");
        const int actions = 18;

        manual_seed(0);
        var model = Build(actions);
        model.to(device);
        var batch = RandomBatch(length, batchSize, actions, device);
        Console.WriteLine($"world-model update, Atari preset, B={batchSize} L={length} 64x64x1 A={actions}, device {device}, threads {get_num_threads()}");

        var times = new List<double>();
        for (var i = 0; i < warmup + updates; i++)
        {
            var clock = Stopwatch.StartNew();
            using (var scope = NewDisposeScope())
            {
                var update = model.Train(batch);
                update.Loss.Total.item<float>();
            }
            var elapsed = clock.Elapsed.TotalMilliseconds;
            var warm = i >= warmup;
            if (warm) times.Add(elapsed);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{(warm ? "update" : "warmup")} {i + 1}: {elapsed:F0} ms"));
        }
        times.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"median {times[times.Count / 2]:F0} ms, min {times[0]:F0} ms over {times.Count} updates"));
        return 0;
    }

    private static WorldModel Build(int actions)
    {
        var options = new WorldModelOptions();
        var observation = new ObservationShape([1, 64, 64]);
        var latent = new CategoricalLatent(new CategoricalLatentOptions());
        var dynamics = new LayerNormGruCell(new GruCellOptions(), new CellShape(options.Hidden));
        return new WorldModel(
            options,
            new ActionShape(actions, Discrete: true),
            new ConvEncoder(new ConvEncoderOptions(), observation),
            new ConvDecoder(new ConvDecoderOptions(), observation, new FeatureSize(latent.SampleSize + dynamics.StateSize)),
            latent,
            dynamics,
            new BalancedKl(new BalancedKlOptions()));
    }

    private static Batch RandomBatch(int length, int batchSize, int actions, Device device)
    {
        var image = randint(0, 256, [length, batchSize, 1, 64, 64], ScalarType.Byte, device);   // [T, B, C, H, W]
        var action = nn.functional.one_hot(randint(0, actions, [length, batchSize], device: device), actions)
            .to_type(ScalarType.Float32);                                                        // [T, B, A]
        var reward = randn([length, batchSize], device: device);                                 // [T, B]
        var isFirst = zeros([length, batchSize], device: device);
        isFirst[0] = ones(batchSize, device: device);
        var isTerminal = zeros([length, batchSize], device: device);
        return new Batch(image, action, reward, isFirst, isTerminal);
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
