namespace Dreamer.Environments.Python;

/// <summary>
/// The Python side refused or failed a request (an ERROR frame: a bad id, a spec the bridge cannot map, an exception in
/// the environment), or the server failed more often than <c>max_restarts</c> allows.
/// </summary>
public sealed class PythonEnvironmentException(string message) : Exception(message);
