using Dreamer.Abstractions.Components;

namespace Dreamer.Host.Tests.Wiring;

public sealed record BlowUpAfterKlOptions : IComponentOptions
{
    public int After { get; init; } = 30;

    public double Factor { get; init; } = 1e6;
}
