using Dreamer.Abstractions.Environments;
using Dreamer.Abstractions.Model;

namespace Dreamer.Host.Plugins;

/// <summary>
/// The records the host gives component constructors besides their options: the shapes of the model
/// (dreamerv2.md §2–§3) and an environment's seed. A constructor parameter of any other record type that is not an
/// <c>IComponentOptions</c> record could never be filled, and is refused when the catalog is built.
/// </summary>
public static class ContextRecords
{
    public static IReadOnlyList<Type> Types { get; } =
        [typeof(ObservationShape), typeof(FeatureSize), typeof(ActionShape), typeof(CellShape), typeof(EnvironmentContext)];
}
