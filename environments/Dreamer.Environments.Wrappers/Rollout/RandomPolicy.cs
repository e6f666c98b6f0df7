using Dreamer.Abstractions.Environments;

namespace Dreamer.Environments.Rollout;

/// <summary>
/// A seeded uniform random policy for any action space: a uniform index for a <see cref="DiscreteSpace"/>, uniform
/// values within the bounds for a float <see cref="BoxSpace"/>. The returned span is reused between calls.
/// </summary>
public sealed class RandomPolicy
{
    private readonly Random random;
    private readonly float[] action;
    private readonly int count;
    private readonly double low;
    private readonly double high;

    public RandomPolicy(Space actionSpace, int seed)
    {
        ArgumentNullException.ThrowIfNull(actionSpace);
        random = new Random(seed);
        switch (actionSpace)
        {
            case DiscreteSpace discrete:
                count = discrete.Count;
                action = new float[1];
                break;
            case BoxSpace box:
                action = new float[box.Size];
                low = box.Low;
                high = box.High;
                break;
            default:
                throw new ArgumentException($"No random policy for the action space {actionSpace}.", nameof(actionSpace));
        }
    }

    /// <summary>Draws the next action.</summary>
    public ReadOnlySpan<float> Next()
    {
        if (count > 0)
        {
            action[0] = random.Next(count);
            return action;
        }

        for (var index = 0; index < action.Length; index++)
        {
            action[index] = (float)(low + (high - low) * random.NextDouble());
        }

        return action;
    }
}
