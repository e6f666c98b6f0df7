using Dreamer.Abstractions.Components;

namespace Dreamer.TestPlugins.BadContracts;

/// <summary>Options without init accessors: the binder could set none of them.</summary>
public sealed record FixedOptions : IComponentOptions
{
    public float Alpha { get; } = 0.8f;

    public bool FreeAvg { get; } = true;
}
