namespace Dreamer.Host.Plugins;

/// <summary>A <c>[Component]</c> attribute read from a plugin's metadata: the key and the full name of the class.</summary>
internal sealed record DeclaredComponent(string Key, string TypeName);
