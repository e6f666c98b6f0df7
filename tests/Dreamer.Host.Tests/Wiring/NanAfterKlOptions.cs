using Dreamer.Abstractions.Components;

namespace Dreamer.Host.Tests.Wiring;

public sealed record NanAfterKlOptions : IComponentOptions
{
    public int After { get; init; } = 30;
}
