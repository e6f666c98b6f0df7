namespace Dreamer.Host.Plugins;

/// <summary>
/// What a plugin's metadata says before it is loaded: the versions of the shared assemblies it references (by simple
/// name) and the components it declares.
/// </summary>
internal sealed record PluginMetadata(
    PluginCandidate Candidate,
    IReadOnlyDictionary<string, Version> References,
    IReadOnlyList<DeclaredComponent> Components);
