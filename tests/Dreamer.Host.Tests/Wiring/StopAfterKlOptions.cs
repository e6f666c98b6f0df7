using Dreamer.Abstractions.Components;

namespace Dreamer.Host.Tests.Wiring;

public sealed record StopAfterKlOptions : IComponentOptions
{
    /// <summary>The update index during which the stop is requested; negative never stops.</summary>
    public int After { get; init; } = -1;
}
