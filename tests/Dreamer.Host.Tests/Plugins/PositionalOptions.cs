using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Dreamer.Abstractions.Components;

namespace Dreamer.Host.Tests.Plugins;

/// <summary>A positional options record: defaults, descriptions and ranges sit on its constructor parameters.</summary>
public sealed record PositionalOptions(
    [Description("Balance between the two KL terms.")][Range(0.0, 1.0)] float Alpha = 0.8f,
    bool FreeAvg = true) : IComponentOptions;
