using Dreamer.Abstractions.Components;

namespace Dreamer.Host.Tests.TrainingLoop;

public sealed record NanAfterKlOptions : IComponentOptions
{
    public int After { get; init; } = 30;
}
