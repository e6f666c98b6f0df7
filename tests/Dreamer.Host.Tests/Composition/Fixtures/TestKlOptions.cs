using System.ComponentModel.DataAnnotations;
using Dreamer.Abstractions.Components;

namespace Dreamer.Host.Tests.Composition.Fixtures;

internal sealed record TestKlOptions : IComponentOptions
{
    [Range(0.0, 1.0)]
    public double Alpha { get; init; } = 0.8;

    [Range(0.0, 1e9)]
    public double Free { get; init; }

    public bool FreeAvg { get; init; } = true;

    public float Scale { get; init; } = 1.0f;
}
