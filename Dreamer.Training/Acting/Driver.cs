using Dreamer.Abstractions.Environments;
using Dreamer.Training.Replay;

namespace Dreamer.Training.Acting;

/// <summary>
/// Steps N environments together with one batched policy call per step (dreamerv2.md §1, §5.7). An environment whose
/// episode ended is reset at the start of the next step, and the policy sees is_first there. Finished episodes are
/// handed out whole, in the row convention of <see cref="EpisodeBuilder"/>.
/// </summary>
public sealed class Driver
{
    private readonly IReadOnlyList<IEnvironment> environments;
    private readonly EpisodeBuilder[] builders;
    private readonly bool[] running;
    private readonly byte[] observations;
    private readonly float[] isFirst;
    private readonly int observationSize;
    private readonly int actionSize;

    public Driver(IReadOnlyList<IEnvironment> environments, IReadOnlyList<int> observationShape, int actionSize)
    {
        if (environments.Count == 0) throw new ArgumentException("the driver needs at least one environment.", nameof(environments));
        this.environments = environments;
        this.actionSize = actionSize;
        observationSize = observationShape.Aggregate(1, (product, dimension) => product * dimension);
        builders = environments.Select(_ => new EpisodeBuilder(observationShape, actionSize)).ToArray();
        running = new bool[environments.Count];
        observations = new byte[environments.Count * observationSize];
        isFirst = new float[environments.Count];
    }

    /// <summary>Number of environments.</summary>
    public int Count => environments.Count;

    /// <summary>
    /// One agent step in every environment with actions from <paramref name="policy"/> (observations <c>[N, *shape]</c>,
    /// is_first <c>[N]</c> → actions <c>[N, A]</c>). Returns the episodes that finished on this step.
    /// </summary>
    public IReadOnlyList<Episode> Step(Func<byte[], float[], float[]> policy)
    {
        for (var i = 0; i < environments.Count; i++)
        {
            if (running[i])
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
        var finished = new List<Episode>();
        for (var i = 0; i < environments.Count; i++)
        {
            var action = actions.AsSpan(i * actionSize, actionSize);
            var step = environments[i].Step(action);
            builders[i].Append(step, action);
            Copy(step, i);
            if (step.IsLast)
            {
                finished.Add(builders[i].Build());
                running[i] = false;
            }
        }
        return finished;
    }

    /// <summary>Drops every episode in progress; the next step resets all environments.</summary>
    public void Restart() => Array.Fill(running, false);

    private void Copy(TimeStep step, int index) =>
        step.Observation.Bytes.Span.CopyTo(observations.AsSpan(index * observationSize, observationSize));
}
