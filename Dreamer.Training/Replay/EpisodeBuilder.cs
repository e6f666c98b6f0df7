using Dreamer.Abstractions.Environments;

namespace Dreamer.Training.Replay;

/// <summary>
/// Collects the time steps of one running episode into the rows of an <see cref="Episode"/> (dreamerv2.md §0):
/// row 0 is the reset observation with a zero action and zero reward; each later row holds the observation, the
/// action that led into it and the reward received on arriving. Discount = 1 − is_terminal.
/// </summary>
public sealed class EpisodeBuilder
{
    private readonly int observationSize;
    private readonly List<byte> observations = [];
    private readonly List<float> actions = [];
    private readonly List<float> rewards = [];
    private readonly List<bool> isFirst = [];
    private readonly List<bool> isLast = [];
    private readonly List<bool> isTerminal = [];

    public EpisodeBuilder(IReadOnlyList<int> observationShape, int actionSize)
    {
        ObservationShape = observationShape;
        ActionSize = actionSize;
        observationSize = observationShape.Aggregate(1, (product, dimension) => product * dimension);
    }

    public IReadOnlyList<int> ObservationShape { get; }

    public int ActionSize { get; }

    /// <summary>Agent steps so far.</summary>
    public int Length => Math.Max(0, rewards.Count - 1);

    /// <summary>Sum of rewards so far.</summary>
    public double Return { get; private set; }

    /// <summary>Starts a new episode from a reset step, discarding anything collected before.</summary>
    public void Begin(TimeStep reset)
    {
        observations.Clear();
        actions.Clear();
        rewards.Clear();
        isFirst.Clear();
        isLast.Clear();
        isTerminal.Clear();
        Return = 0;
        Add(reset, new float[ActionSize]);
    }

    /// <summary>Adds the step reached by taking <paramref name="action"/> (the agent's action vector).</summary>
    public void Append(TimeStep step, ReadOnlySpan<float> action)
    {
        if (rewards.Count == 0) throw new InvalidOperationException("Begin the episode with its reset step first.");
        Add(step, action);
        Return += step.Reward;
    }

    /// <summary>The collected rows as an episode.</summary>
    public Episode Build() => new(
        ObservationShape,
        observations.ToArray(),
        ActionSize,
        actions.ToArray(),
        rewards.ToArray(),
        isTerminal.Select(terminal => terminal ? 0f : 1f).ToArray(),
        isFirst.ToArray(),
        isLast.ToArray(),
        isTerminal.ToArray());

    private void Add(TimeStep step, ReadOnlySpan<float> action)
    {
        var bytes = step.Observation.Bytes.Span;
        if (bytes.Length != observationSize)
            throw new InvalidDataException($"the environment returned {bytes.Length} observation bytes; its space has {observationSize}. Replay stores uint8 observations.");
        if (action.Length != ActionSize) throw new ArgumentException($"action has {action.Length} values; expected {ActionSize}.");
        observations.AddRange(bytes);
        actions.AddRange(action);
        rewards.Add(step.Reward);
        isFirst.Add(step.IsFirst);
        isLast.Add(step.IsLast);
        isTerminal.Add(step.IsTerminal);
    }
}
