using Dreamer.Abstractions.Components;

namespace Dreamer.TestPlugins.BadContracts;

/// <summary>A positional options record: no parameterless constructor for the binder to start from.</summary>
public sealed record PositionalOptions(float Alpha = 0.8f) : IComponentOptions;
