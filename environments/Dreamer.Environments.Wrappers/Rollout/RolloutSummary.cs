using System.Globalization;

namespace Dreamer.Environments.Rollout;

/// <summary>
/// Per-episode returns and lengths of a rollout with the statistics reported for it: mean return with its
/// standard error, mean, minimum and maximum length, and environment steps per second of wall-clock time.
/// </summary>
public sealed record RolloutSummary(IReadOnlyList<double> Returns, IReadOnlyList<int> Lengths, TimeSpan Elapsed)
{
    public int Episodes => Returns.Count;

    public long TotalSteps => Lengths.Sum(length => (long)length);

    public double MeanReturn => Returns.Count == 0 ? 0 : Returns.Average();

    /// <summary>Sample standard deviation of the returns over √episodes (0 for fewer than two episodes).</summary>
    public double ReturnStandardError
    {
        get
        {
            if (Returns.Count < 2)
            {
                return 0;
            }

            var mean = MeanReturn;
            var variance = Returns.Sum(value => (value - mean) * (value - mean)) / (Returns.Count - 1);
            return Math.Sqrt(variance / Returns.Count);
        }
    }

    public double MeanLength => Lengths.Count == 0 ? 0 : Lengths.Average();

    public int MinLength => Lengths.Count == 0 ? 0 : Lengths.Min();

    public int MaxLength => Lengths.Count == 0 ? 0 : Lengths.Max();

    public double StepsPerSecond => Elapsed > TimeSpan.Zero ? TotalSteps / Elapsed.TotalSeconds : 0;

    /// <summary>One line: episodes, return mean ± s.e., length mean [min, max], steps and steps per second.</summary>
    public string Format() => string.Create(
        CultureInfo.InvariantCulture,
        $"episodes {Episodes}  return {MeanReturn:F3} ± {ReturnStandardError:F3}  length {MeanLength:F1} [{MinLength}, {MaxLength}]  steps {TotalSteps}  {StepsPerSecond:F0} steps/s");
}
