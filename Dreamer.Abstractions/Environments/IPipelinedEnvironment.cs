namespace Dreamer.Abstractions.Environments;

/// <summary>
/// An environment whose step can start now and finish later (dreamerv2.md §1 with parallel environments). The driver
/// starts the step of every environment of <c>training.envs</c> before it waits for any, so environments that run in
/// processes of their own (the Python bridge) step at the same time. <see cref="BeginStep"/> then
/// <see cref="EndStep"/> does what one <see cref="IEnvironment.Step"/> does, with the same rules; a wrapper forwards
/// both through a <see cref="PendingStep"/>.
/// </summary>
public interface IPipelinedEnvironment : IEnvironment
{
    /// <summary>Starts the step of <paramref name="action"/>; the next call must be <see cref="EndStep"/>.</summary>
    void BeginStep(ReadOnlySpan<float> action);

    /// <summary>Waits for the step <see cref="BeginStep"/> started and returns it, as <see cref="IEnvironment.Step"/> would.</summary>
    TimeStep EndStep();
}
