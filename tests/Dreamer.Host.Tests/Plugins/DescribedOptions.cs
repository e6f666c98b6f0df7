using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Dreamer.Abstractions.Components;

namespace Dreamer.Host.Tests.Plugins;

/// <summary>An options record as composition files bind it: defaults in initializers, descriptions and ranges on the properties.</summary>
public sealed record DescribedOptions : IComponentOptions
{
    [Description("Balance between the two KL terms.")]
    [Range(0.0, 1.0)]
    public float Alpha { get; init; } = 0.8f;

    public bool FreeAvg { get; init; } = true;
}
