using Dreamer.Abstractions.Environments;

namespace Dreamer.Training.Replay;

/// <summary>
/// Collects the time steps of one running episode into the rows of an <see cref="Episode"/> (dreamerv2.md §0):
/// row 0 is the reset observation with a zero action and zero reward; each later row holds the observation, the
/// action that led into it and the reward received on arriving. Discount = 1 − is_terminal. Observations are kept in
/// <see cref="ObservationType"/>, the element type of the environment's observation space (§7.3).
/// </summary>
public sealed class EpisodeBuilder
{
    private const int InitialRows = 64;

    private readonly int observationSize;
    private readonly List<float> actions = [];
    private readonly List<float> rewards = [];
    private readonly List<bool> isFirst = [];
    private readonly List<bool> isLast = [];
    private readonly List<bool> isTerminal = [];
    private Array observations;
    private int observationCount;

    public EpisodeBuilder(IReadOnlyList<int> observationShape, int actionSize, ElementType observationType = ElementType.UInt8)
    {
        ObservationShape = observationShape;
        ActionSize = actionSize;
        ObservationType = observationType;
        observationSize = observationShape.Aggregate(1, (product, dimension) => product * dimension);
        observations = ObservationElements.Allocate(observationType, InitialRows * observationSize);
    }

    public IReadOnlyList<int> ObservationShape { get; }

    public int ActionSize { get; }

    /// <summary>The element type the observations are stored in.</summary>
    public ElementType ObservationType { get; }

    /// <summary>Agent steps so far.</summary>
    public int Length => Math.Max(0, rewards.Count - 1);

    /// <summary>Sum of rewards so far.</summary>
    public double Return { get; private set; }

    /// <summary>
    /// Starts a new episode from a reset step, discarding anything collected before. A reset step without is_first is
    /// refused: the stored episode would start without it, and the world model would not start from the zero state
    /// there (dreamerv2.md §0, §1).
    /// </summary>
    public void Begin(TimeStep reset)
    {
        if (!reset.IsFirst)
        {
            throw new InvalidDataException("the environment's Reset returned a step without is_first; Reset must mark the first step of an episode (docs/environments.md; dreamer env check KEY finds this).");
        }
        observationCount = 0;
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
    public Episode Build()
    {
        var values = ObservationElements.Allocate(ObservationType, observationCount);
        Array.Copy(observations, values, observationCount);
        return new Episode(
            ObservationShape,
            values,
            ActionSize,
            actions.ToArray(),
            rewards.ToArray(),
            isTerminal.Select(terminal => terminal ? 0f : 1f).ToArray(),
            isFirst.ToArray(),
            isLast.ToArray(),
            isTerminal.ToArray());
    }

    private void Add(TimeStep step, ReadOnlySpan<float> action)
    {
        var count = ObservationElements.Count(step.Observation, ObservationType);
        if (count != observationSize)
        {
            var unit = ObservationType == ElementType.Float32 ? "floats" : "bytes";
            throw new InvalidDataException($"the environment returned {count} observation {unit}; its space has {observationSize}. Replay stores {ObservationElements.Name(ObservationType)} observations.");
        }
        if (action.Length != ActionSize) throw new ArgumentException($"action has {action.Length} values; expected {ActionSize}.");
        Reserve(observationCount + observationSize);
        ObservationElements.Copy(step.Observation, observations, observationCount);
        observationCount += observationSize;
        actions.AddRange(action);
        rewards.Add(step.Reward);
        isFirst.Add(step.IsFirst);
        isLast.Add(step.IsLast);
        isTerminal.Add(step.IsTerminal);
    }

    private void Reserve(int values)
    {
        if (values <= observations.Length) return;
        var grown = ObservationElements.Allocate(ObservationType, Math.Max(values, 2 * observations.Length));
        Array.Copy(observations, grown, observationCount);
        observations = grown;
    }
}
