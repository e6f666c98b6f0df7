using Dreamer.Abstractions.Environments;
using Dreamer.Host.Composition;

namespace Dreamer.Host.Wiring;

/// <summary>
/// What a run's environment reported when it was built: its observation and action spaces (before the host's wrappers)
/// and, for an <see cref="IEnvironmentLibraries"/>, the libraries it runs on. Written under
/// <c>recorded.environment</c> of <c>resolved.yaml</c> (<see cref="ResolvedCompositionYaml"/>).
/// </summary>
public sealed record EnvironmentRecord(Space Observation, Space Action, IReadOnlyList<KeyValuePair<string, string>> Libraries)
{
    /// <summary>The record of <paramref name="environment"/>.</summary>
    public static EnvironmentRecord Of(IEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var libraries = environment is IEnvironmentLibraries reporting ? reporting.Libraries : [];
        return new EnvironmentRecord(environment.ObservationSpace, environment.ActionSpace, libraries);
    }

    /// <summary>The record as YAML leaves: key paths under <c>recorded.environment</c> and their values.</summary>
    public IReadOnlyList<(IReadOnlyList<string> Keys, object Value)> Leaves()
    {
        var leaves = new List<(IReadOnlyList<string>, object)>();
        Add(leaves, "observation", Observation);
        Add(leaves, "action", Action);
        foreach (var (name, version) in Libraries) leaves.Add(([CompositionKeys.Recorded, "environment", "libraries", name], version));
        return leaves;
    }

    private static void Add(List<(IReadOnlyList<string>, object)> leaves, string name, Space space)
    {
        IReadOnlyList<string> At(string key) => [CompositionKeys.Recorded, "environment", name, key];
        switch (space)
        {
            case DiscreteSpace discrete:
                leaves.Add((At("kind"), "discrete"));
                leaves.Add((At("count"), discrete.Count));
                break;
            case BoxSpace box:
                leaves.Add((At("kind"), "box"));
                leaves.Add((At("dtype"), box.ElementType.ToString().ToLowerInvariant()));
                leaves.Add((At("shape"), box.Shape.ToList()));
                leaves.Add((At("low"), box.Low));
                leaves.Add((At("high"), box.High));
                break;
            default:
                leaves.Add((At("kind"), space.ToString() ?? space.GetType().Name));
                break;
        }
    }
}
