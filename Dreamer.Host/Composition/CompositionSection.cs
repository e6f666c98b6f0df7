namespace Dreamer.Host.Composition;

/// <summary>A top-level option section of composition files (<c>training:</c>) and the options record it binds to.</summary>
public sealed record CompositionSection(string Name, Type OptionsType);
