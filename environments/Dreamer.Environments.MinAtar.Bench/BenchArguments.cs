using System.Globalization;

namespace Dreamer.Environments.MinAtar.Bench;

/// <summary>
/// Command line of the bench: no arguments runs the throughput table; <c>--rollout KEY --episodes N --seed S
/// [--gif FILE] [--max-steps M] [--sticky P] [--seconds T]</c> runs a random rollout of one game.
/// </summary>
internal sealed record BenchArguments(string? Rollout, int Episodes, int Seed, string? Gif, int MaxSteps, double Sticky, double Seconds)
{
    public static BenchArguments Parse(IReadOnlyList<string> args)
    {
        var parsed = new BenchArguments(null, 100, 0, null, 0, 0.1, 2.0);
        for (var index = 0; index < args.Count; index++)
        {
            var value = index + 1 < args.Count ? args[index + 1] : throw new ArgumentException($"{args[index]} needs a value.");
            parsed = args[index] switch
            {
                "--rollout" => parsed with { Rollout = value },
                "--episodes" => parsed with { Episodes = int.Parse(value, CultureInfo.InvariantCulture) },
                "--seed" => parsed with { Seed = int.Parse(value, CultureInfo.InvariantCulture) },
                "--gif" => parsed with { Gif = value },
                "--max-steps" => parsed with { MaxSteps = int.Parse(value, CultureInfo.InvariantCulture) },
                "--sticky" => parsed with { Sticky = double.Parse(value, CultureInfo.InvariantCulture) },
                "--seconds" => parsed with { Seconds = double.Parse(value, CultureInfo.InvariantCulture) },
                _ => throw new ArgumentException($"Unknown argument {args[index]}."),
            };
            index++;
        }

        return parsed;
    }
}
