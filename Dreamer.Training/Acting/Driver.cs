using Dreamer.Abstractions.Environments;
using Dreamer.Training.Replay;

namespace Dreamer.Training.Acting;

/// <summary>
/// Steps N environments together with one batched policy call per step (dreamerv2.md §1, §5.7). An environment whose
/// episode ended is reset at the start of the next step, and the policy sees is_first there. Finished episodes are
/// handed out whole, in the row convention of <see cref="EpisodeBuilder"/>. An environment put on hold
/// (<see cref="Hold"/>) is neither reset nor stepped until <see cref="Restart"/>; the policy still sees its last row.
/// Observations keep the element type of the environments' box (<see cref="ObservationElements"/>): a byte[] for
/// uint8, a float[] for float32.
/// </summary>
public sealed class Driver
{
    private readonly IReadOnlyList<IEnvironment> environments;
    private readonly EpisodeBuilder[] builders;
    private readonly bool[] running;
    private readonly bool[] held;
    private readonly Array observations;
    private readonly float[] isFirst;
    private readonly int observationSize;
    private readonly int actionSize;

    public Driver(IReadOnlyList<IEnvironment> environments, IReadOnlyList<int> observationShape, int actionSize, ElementType observationType = ElementType.UInt8)
    {
        if (environments.Count == 0) throw new ArgumentException("the driver needs at least one environment.", nameof(environments));
        this.environments = environments;
        this.actionSize = actionSize;
        observationSize = observationShape.Aggregate(1, (product, dimension) => product * dimension);
        builders = environments.Select(_ => new EpisodeBuilder(observationShape, actionSize, observationType)).ToArray();
        running = new bool[environments.Count];
        held = new bool[environments.Count];
        observations = ObservationElements.Allocate(observationType, environments.Count * observationSize);
        isFirst = new float[environments.Count];
    }

    /// <summary>Number of environments.</summary>
    public int Count => environments.Count;

    /// <summary>
    /// One agent step in every environment not on hold, with actions from <paramref name="policy"/> (observations
    /// <c>[N, *shape]</c> in their element type, is_first <c>[N]</c> → actions <c>[N, A]</c>). Pipelined environments
    /// (<see cref="IPipelinedEnvironment"/>) all begin their step before any is awaited, so they step at the same time;
    /// the others step in index order. Returns the episodes that finished on this step.
    /// </summary>
    public IReadOnlyList<Episode> Step(Func<Array, float[], float[]> policy) => StepRows(policy).Select(row => row.Episode).ToList();

    /// <summary>
    /// <see cref="Step(Func{Array, float[], float[]})"/>, returning each finished episode with the index of the
    /// environment it finished in.
    /// </summary>
    public IReadOnlyList<(int Index, Episode Episode)> StepRows(Func<Array, float[], float[]> policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        for (var i = 0; i < environments.Count; i++)
        {
            if (running[i] || held[i])
            {
                isFirst[i] = 0f;
                continue;
            }
            var reset = environments[i].Reset();
            builders[i].Begin(reset);
            Copy(reset, i);
            isFirst[i] = 1f;
            running[i] = true;
        }
        var actions = policy(observations, isFirst);
        if (actions.Length != environments.Count * actionSize)
            throw new InvalidOperationException($"the policy returned {actions.Length} action values; expected {environments.Count} × {actionSize}.");
        for (var i = 0; i < environments.Count; i++)
        {
            if (!held[i] && environments[i] is IPipelinedEnvironment pipelined) pipelined.BeginStep(actions.AsSpan(i * actionSize, actionSize));
        }
        var finished = new List<(int, Episode)>();
        for (var i = 0; i < environments.Count; i++)
        {
            if (held[i]) continue;
            var action = actions.AsSpan(i * actionSize, actionSize);
            var step = environments[i] is IPipelinedEnvironment pipelined ? pipelined.EndStep() : environments[i].Step(action);
            builders[i].Append(step, action);
            Copy(step, i);
            if (step.IsLast)
            {
                finished.Add((i, builders[i].Build()));
                running[i] = false;
            }
        }
        return finished;
    }

    /// <summary>
    /// Stops stepping environment <paramref name="index"/> until <see cref="Restart"/>; an episode in progress there is
    /// dropped.
    /// </summary>
    public void Hold(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, environments.Count);
        held[index] = true;
        running[index] = false;
    }

    /// <summary>
    /// <see cref="Step(Func{Array, float[], float[]})"/> for a driver of uint8 observations, whose policy reads them as
    /// bytes <c>[N, *shape]</c>.
    /// </summary>
    public IReadOnlyList<Episode> Step(Func<byte[], float[], float[]> policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (observations is not byte[])
            throw new InvalidOperationException($"this driver steps {ObservationElements.Name(ObservationElements.Of(observations))} observations; give it a policy of Array observations.");
        return Step((Array values, float[] first) => policy((byte[])values, first));
    }

    /// <summary>Drops every episode in progress and every hold; the next step resets all environments.</summary>
    public void Restart()
    {
        Array.Fill(running, false);
        Array.Fill(held, false);
    }

    /// <summary>Copies the observation the episode builder has just checked into row <paramref name="index"/>.</summary>
    private void Copy(TimeStep step, int index) => ObservationElements.Copy(step.Observation, observations, index * observationSize);
}
