using Dreamer.Abstractions.Components;

namespace Dreamer.Host.Tests.Wiring;

public sealed record CrashingEnvironmentOptions : IComponentOptions
{
    /// <summary>The step (counted per environment) at which the simulator throws.</summary>
    public int After { get; init; } = 150;
}
