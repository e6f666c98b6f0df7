using Dreamer.Abstractions.Components;

namespace Dreamer.Host.Tests.Wiring;

public sealed record VectorEnvironmentOptions : IComponentOptions
{
    /// <summary>Agent steps per episode (the last one ends it without a terminal).</summary>
    public int Length { get; init; } = 20;
}
