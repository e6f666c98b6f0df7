namespace Dreamer.Abstractions.Environments;

/// <summary>
/// An environment (dreamerv2.md §7). Written with arrays and spans only, so environment authors need no
/// tensor library. Every observation is laid out as <see cref="ObservationSpace"/> says (element type, size, values
/// within its bounds); rewards are finite. A component implementing it takes its options record and an <see cref="EnvironmentContext"/>
/// (seed) in its constructor.
/// </summary>
public interface IEnvironment : IDisposable
{
    /// <summary>The observation space: a <see cref="BoxSpace"/>.</summary>
    Space ObservationSpace { get; }

    /// <summary>The action space: a <see cref="DiscreteSpace"/> or a float <see cref="BoxSpace"/>.</summary>
    Space ActionSpace { get; }

    /// <summary>
    /// Starts an episode, also in the middle of one; the returned step has <see cref="TimeStep.IsFirst"/> set, reward 0
    /// and neither <see cref="TimeStep.IsLast"/> nor <see cref="TimeStep.IsTerminal"/> (dreamerv2.md §0). Two
    /// environments built with the same <see cref="EnvironmentContext"/> and given the same actions return the same steps.
    /// </summary>
    TimeStep Reset();

    /// <summary>
    /// Advances one step. For a <see cref="DiscreteSpace"/> the span holds one element, the action index; for a
    /// box it holds the action vector. The returned step never has <see cref="TimeStep.IsFirst"/>; a terminal step is
    /// also last. Calling it after an <see cref="TimeStep.IsLast"/> step, before the next <see cref="Reset"/>, is an
    /// error that throws <see cref="InvalidOperationException"/>; the host never does it: its driver resets an
    /// environment before the step after a last one, and <c>dreamer env check</c> checks that it throws.
    /// </summary>
    TimeStep Step(ReadOnlySpan<float> action);
}
