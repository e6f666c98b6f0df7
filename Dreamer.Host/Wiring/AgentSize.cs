using Dreamer.Abstractions.Model;

namespace Dreamer.Host.Wiring;

/// <summary>
/// What a built agent holds (dreamerv2.md §2–§5): the shapes it was built for and its parameter counts, the world
/// model's and the behavior learner's; <paramref name="TrainedParameters"/> leaves out those no optimizer updates
/// (the slow critic's copy, §5.5).
/// </summary>
public sealed record AgentSize(
    ObservationShape Observation,
    ActionShape Action,
    FeatureSize Features,
    long WorldModelParameters,
    long BehaviorParameters,
    long TrainedParameters)
{
    /// <summary>Every parameter of the agent.</summary>
    public long Parameters => WorldModelParameters + BehaviorParameters;
}
