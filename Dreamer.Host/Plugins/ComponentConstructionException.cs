namespace Dreamer.Host.Plugins;

/// <summary>
/// A component could not be built: its constructor threw (the exception is the inner exception), or it needs an
/// argument nobody gave. The message names the component's key and class.
/// </summary>
public sealed class ComponentConstructionException(string message, Exception? inner = null) : Exception(message, inner);
