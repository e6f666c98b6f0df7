using Dreamer.Training.Loop;

namespace Dreamer.Host.Matrix;

/// <summary>
/// What a cell will really run, from its resolved <c>training</c> section (dreamerv2.md §1): the prefill runs until
/// <c>prefill</c> agent steps whatever the step budget, so a cell takes max(steps, prefill) agent steps; updates are one
/// plus <c>pretrain</c>, then <c>train_steps</c> every <c>train_every</c> agent steps after the prefill.
/// </summary>
/// <param name="Steps">The step budget, <c>training.steps</c>.</param>
/// <param name="Prefill">Random-policy agent steps before training, <c>training.prefill</c>.</param>
/// <param name="AgentSteps">The agent steps the cell takes: max(steps, prefill).</param>
/// <param name="Updates">The training updates it makes (at least one episode must end in prefill, so a few more steps may run).</param>
public sealed record CellBudget(long Steps, long Prefill, long AgentSteps, long Updates)
{
    /// <summary>The budget of a cell whose composition has <paramref name="training"/>.</summary>
    public static CellBudget Of(TrainingOptions training)
    {
        var agentSteps = Math.Max(training.Steps, training.Prefill);
        var updates = 1 + training.Pretrain + training.TrainSteps * ((agentSteps - training.Prefill) / Math.Max(1, training.TrainEvery));
        return new CellBudget(training.Steps, training.Prefill, agentSteps, updates);
    }

    /// <summary>True when the prefill alone exceeds the step budget: the cell trains on no data of its own policy.</summary>
    public bool PrefillExceedsSteps => Prefill >= Steps;
}
