using System.ComponentModel.DataAnnotations;
using Dreamer.Abstractions.Components;
using Dreamer.Abstractions.Schedules;

namespace Dreamer.Host.Tests.Composition.Fixtures;

internal sealed record TestLatentOptions : IComponentOptions
{
    [Range(1, 1024)]
    public int Variables { get; init; } = 32;

    [Range(1, 1024)]
    public int Classes { get; init; } = 32;

    public LatentMode Mode { get; init; } = LatentMode.StraightThrough;

    public IReadOnlyList<int> Hidden { get; init; } = [400, 400];

    public long Steps { get; init; } = 1000;

    [Range(0.0, 1.0)]
    public Schedule Mix { get; init; } = Schedule.Constant(0.1);
}
