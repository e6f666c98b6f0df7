namespace Dreamer.Abstractions.Environments;

/// <summary>
/// An environment (dreamerv2.md §7). Written with arrays and spans only, so environment authors need no
/// tensor library. A component implementing it takes its options record and an <see cref="EnvironmentContext"/>
/// (seed) in its constructor.
/// </summary>
public interface IEnvironment : IDisposable
{
    /// <summary>The observation space: a <see cref="BoxSpace"/>.</summary>
    Space ObservationSpace { get; }

    /// <summary>The action space: a <see cref="DiscreteSpace"/> or a float <see cref="BoxSpace"/>.</summary>
    Space ActionSpace { get; }

    /// <summary>Starts an episode; the returned step has <see cref="TimeStep.IsFirst"/> set.</summary>
    TimeStep Reset();

    /// <summary>
    /// Advances one step. For a <see cref="DiscreteSpace"/> the span holds one element, the action index; for a
    /// box it holds the action vector. Calling it after an <see cref="TimeStep.IsLast"/> step is an error.
    /// </summary>
    TimeStep Step(ReadOnlySpan<float> action);
}
