namespace Dreamer.Testing;

/// <summary>
/// A component failed one of the checks of Dreamer.Testing. The message says in one sentence what is wrong; wrong
/// shapes are reported by the pipeline's own <see cref="Dreamer.Training.Contracts.ComponentContractException"/>.
/// </summary>
public sealed class ComponentCheckException(string message) : Exception(message);
