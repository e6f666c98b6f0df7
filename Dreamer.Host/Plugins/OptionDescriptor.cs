namespace Dreamer.Host.Plugins;

/// <summary>
/// One property of a component's options record as composition files see it: the snake_case
/// <paramref name="Name"/> used under <c>with:</c>, the property's type, its default, its <c>[Description]</c> and
/// its <c>[Range]</c> bounds (null when unbounded).
/// </summary>
public sealed record OptionDescriptor(
    string Name,
    string PropertyName,
    Type Type,
    object? Default,
    string Description,
    object? Minimum,
    object? Maximum);
