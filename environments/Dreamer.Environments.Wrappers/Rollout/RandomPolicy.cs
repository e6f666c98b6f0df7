using Dreamer.Abstractions.Environments;

namespace Dreamer.Environments.Rollout;

/// <summary>
/// A seeded uniform random policy for any action space: a uniform index for a <see cref="DiscreteSpace"/>, uniform
/// values within the bounds for a float <see cref="BoxSpace"/>. The returned span is reused between calls.
/// </summary>
public sealed class RandomPolicy
{
    private readonly Random _random;
    private readonly float[] _action;
    private readonly int _count;
    private readonly double _low;
    private readonly double _high;

    public RandomPolicy(Space actionSpace, int seed)
    {
        ArgumentNullException.ThrowIfNull(actionSpace);
        _random = new Random(seed);
        switch (actionSpace)
        {
            case DiscreteSpace discrete:
                _count = discrete.Count;
                _action = new float[1];
                break;
            case BoxSpace box:
                _action = new float[box.Size];
                _low = box.Low;
                _high = box.High;
                break;
            default:
                throw new ArgumentException($"No random policy for the action space {actionSpace}.", nameof(actionSpace));
        }
    }

    /// <summary>Draws the next action.</summary>
    public ReadOnlySpan<float> Next()
    {
        if (_count > 0)
        {
            _action[0] = _random.Next(_count);
            return _action;
        }

        for (var index = 0; index < _action.Length; index++)
        {
            _action[index] = (float)(_low + (_high - _low) * _random.NextDouble());
        }

        return _action;
    }
}
