namespace Dreamer.Environments.Conformance;

/// <summary>An environment broke <see cref="Abstractions.Environments.IEnvironment"/>'s contract; the message names the step and how.</summary>
public sealed class EnvironmentContractException(string message) : InvalidOperationException(message);
