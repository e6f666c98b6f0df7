namespace Dreamer.Abstractions.Environments;

/// <summary>
/// An environment that runs on outside libraries (an interpreter, a simulator) and reports their versions. The host
/// records them, with the observation and action spaces, under <c>recorded.environment</c> of a run's
/// <c>resolved.yaml</c>, and warns when a resumed run's environment reports other ones.
/// </summary>
public interface IEnvironmentLibraries
{
    /// <summary>Library names and versions, in the order the environment reports them.</summary>
    IReadOnlyList<KeyValuePair<string, string>> Libraries { get; }
}
