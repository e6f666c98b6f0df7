using Dreamer.Abstractions.Components;

namespace Dreamer.Host.Tests.Wiring;

public sealed record StampedEnvironmentOptions : IComponentOptions
{
    /// <summary>Episode length of environment 0; environment i runs <c>length + i</c> steps.</summary>
    public int Length { get; init; } = 10;
}
