using Dreamer.Abstractions.Environments;

namespace Dreamer.Environments.Wrappers;

/// <summary>
/// Presents a <see cref="DiscreteSpace"/> of <c>n</c> actions as a float box <c>[n]</c> in [0, 1], the one-hot
/// vectors agents act in (dreamerv2.md §7.1); a vector maps to the index of its largest element (first on ties).
/// Owns the inner environment.
/// </summary>
public sealed class OneHotActions : IPipelinedEnvironment
{
    private readonly IEnvironment inner;
    private readonly int count;
    private readonly float[] index = new float[1];
    private readonly PendingStep pending = new();

    public OneHotActions(IEnvironment inner)
    {
        ArgumentNullException.ThrowIfNull(inner);
        if (inner.ActionSpace is not DiscreteSpace discrete)
        {
            throw new ArgumentException($"One-hot actions need a discrete action space; the environment has {inner.ActionSpace}.", nameof(inner));
        }

        this.inner = inner;
        count = discrete.Count;
        ActionSpace = new BoxSpace([count], ElementType.Float32, 0, 1);
    }

    public Space ObservationSpace => inner.ObservationSpace;

    public Space ActionSpace { get; }

    public TimeStep Reset() => inner.Reset();

    public TimeStep Step(ReadOnlySpan<float> action)
    {
        BeginStep(action);
        return EndStep();
    }

    public void BeginStep(ReadOnlySpan<float> action)
    {
        if (action.Length != count)
        {
            throw new ArgumentException(
                $"A one-hot action has {count} elements (one per action of {inner.ActionSpace}); got {action.Length}.",
                nameof(action));
        }

        var best = 0;
        for (var index = 1; index < action.Length; index++)
        {
            if (action[index] > action[best])
            {
                best = index;
            }
        }

        index[0] = best;
        pending.Begin(inner, index);
    }

    public TimeStep EndStep() => pending.End(inner);

    public void Dispose() => inner.Dispose();
}
