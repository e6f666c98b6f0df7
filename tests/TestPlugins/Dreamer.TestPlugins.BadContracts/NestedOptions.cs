using Dreamer.Abstractions.Components;

namespace Dreamer.TestPlugins.BadContracts;

/// <summary>Options whose nested record the binder cannot build.</summary>
public sealed record NestedOptions : IComponentOptions
{
    public PositionalHead Head { get; init; } = new(400);
}
