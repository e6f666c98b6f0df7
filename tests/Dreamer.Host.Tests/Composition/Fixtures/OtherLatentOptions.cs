using System.ComponentModel.DataAnnotations;
using Dreamer.Abstractions.Components;

namespace Dreamer.Host.Tests.Composition.Fixtures;

internal sealed record OtherLatentOptions : IComponentOptions
{
    [Range(0.0, 1.0, MinimumIsExclusive = true)]
    public double MinStd { get; init; } = 0.1;
}
