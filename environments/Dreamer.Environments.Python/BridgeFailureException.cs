namespace Dreamer.Environments.Python;

/// <summary>
/// The server process crashed, closed its pipe or did not answer within the timeout: the bridge may restart it. The
/// message holds the command line and the tail of its stderr.
/// </summary>
public sealed class BridgeFailureException(string message) : Exception(message);
