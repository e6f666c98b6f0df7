namespace Dreamer.Environments.Python.Protocol;

/// <summary>A frame or a spec the bridge refuses: the message names the field, the expected and the actual value.</summary>
public sealed class BridgeProtocolException(string message) : Exception(message);
