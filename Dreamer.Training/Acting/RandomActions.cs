using Dreamer.Abstractions.Model;

namespace Dreamer.Training.Acting;

/// <summary>
/// The uniform random policy of the prefill phase (dreamerv2.md §1): a one-hot of a uniform class for discrete
/// actions, uniform values in [−1, 1] for continuous ones. Seeded.
/// </summary>
public sealed class RandomActions(ActionShape shape, int seed)
{
    private readonly Random random = new(seed);

    /// <summary>Actions for <paramref name="environments"/> environments, row-major <c>[N, A]</c>.</summary>
    public float[] Next(int environments)
    {
        var actions = new float[environments * shape.Size];
        for (var i = 0; i < environments; i++)
        {
            if (shape.Discrete)
            {
                actions[i * shape.Size + random.Next(shape.Size)] = 1f;
            }
            else
            {
                for (var a = 0; a < shape.Size; a++) actions[i * shape.Size + a] = (float)(random.NextDouble() * 2 - 1);
            }
        }
        return actions;
    }
}
