using Dreamer.Abstractions.Environments;

namespace Dreamer.Testing;

/// <summary>Seeded random actions from an action space (dreamerv2.md §7): an index of a discrete space, a uniform vector of a float box.</summary>
internal sealed class RandomActions
{
    private readonly Random random;
    private readonly Space space;

    public RandomActions(string name, Space space, int seed)
    {
        var valid = space switch
        {
            DiscreteSpace discrete => discrete.Count > 0,
            BoxSpace box => box.ElementType == ElementType.Float32 && box.Size > 0 && box.Low <= box.High,
            _ => false,
        };
        if (!valid)
        {
            throw new ComponentCheckException($"Environment {name} has action space {space}, expected a non-empty DiscreteSpace or float32 BoxSpace.");
        }
        this.space = space;
        random = new Random(seed);
    }

    /// <summary>The next action as <see cref="IEnvironment.Step"/> takes it.</summary>
    public float[] Next() => space switch
    {
        DiscreteSpace discrete => [random.Next(discrete.Count)],
        BoxSpace box => Enumerable.Range(0, box.Size).Select(_ => (float)(box.Low + random.NextDouble() * (box.High - box.Low))).ToArray(),
        _ => throw new InvalidOperationException($"Unexpected action space {space}."),
    };
}
