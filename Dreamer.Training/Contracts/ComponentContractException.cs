namespace Dreamer.Training.Contracts;

/// <summary>
/// A component returned something its contract does not allow, such as an embedding of another width than its
/// <c>EmbedSize</c>. The message names the component, the method, the expected and the actual shape.
/// </summary>
public sealed class ComponentContractException(string message) : InvalidOperationException(message);
