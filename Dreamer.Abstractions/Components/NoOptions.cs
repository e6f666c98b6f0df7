namespace Dreamer.Abstractions.Components;

/// <summary>Options record of a component that has no options.</summary>
public sealed record NoOptions : IComponentOptions;
