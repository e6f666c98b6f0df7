namespace Dreamer.Host.Plugins;

/// <summary>A plugin found on disk, not yet inspected: its assembly name, folder and main assembly file.</summary>
internal sealed record PluginCandidate(string Name, string Folder, string AssemblyPath);
