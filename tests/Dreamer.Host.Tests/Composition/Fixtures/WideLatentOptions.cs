using System.ComponentModel.DataAnnotations;
using Dreamer.Abstractions.Components;

namespace Dreamer.Host.Tests.Composition.Fixtures;

/// <summary>A latent sharing some option names with <see cref="TestLatentOptions"/>: classes, mode and hidden of the same type, variables of another.</summary>
internal sealed record WideLatentOptions : IComponentOptions
{
    [Range(1, 1024)]
    public int Classes { get; init; } = 64;

    public string Variables { get; init; } = "all";

    public LatentMode Mode { get; init; } = LatentMode.StraightThrough;

    public IReadOnlyList<int> Hidden { get; init; } = [100];
}
