namespace Dreamer.Host.Wiring;

/// <summary>
/// The outcome of <see cref="NetworkCheck"/>: every problem, one line each naming the slot and component, or, when
/// there is none, the size of the agent that was built.
/// </summary>
public sealed record NetworkCheckResult(IReadOnlyList<string> Errors, AgentSize? Size)
{
    /// <summary>True when the networks were built and took a batch.</summary>
    public bool IsValid => Errors.Count == 0;
}
