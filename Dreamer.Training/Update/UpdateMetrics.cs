using static TorchSharp.torch;

namespace Dreamer.Training.Update;

/// <summary>
/// The scalars of one update in a fixed order, each named where its value is made (the world model's in
/// <see cref="WorldModels.WorldModel.Train"/>, the behavior learner's in <see cref="BehaviorUpdateMetrics"/>). Values
/// stay on the device; nothing here reads them on the host.
/// </summary>
public sealed class UpdateMetrics
{
    private readonly IReadOnlyList<UpdateMetric> entries;

    public UpdateMetrics(IReadOnlyList<UpdateMetric> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        Names = entries.Select(entry => entry.Name).ToList();
        var repeated = Names.GroupBy(name => name).Where(group => group.Count() > 1).Select(group => group.Key).ToList();
        if (repeated.Count > 0) throw new ArgumentException($"An update names {string.Join(", ", repeated)} more than once.", nameof(entries));
        this.entries = entries;
    }

    /// <summary>The metrics in order.</summary>
    public IReadOnlyList<UpdateMetric> Entries => entries;

    /// <summary>The names in order.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>The value named <paramref name="name"/>.</summary>
    public Tensor this[string name] => entries.FirstOrDefault(entry => entry.Name == name)?.Value
        ?? throw new KeyNotFoundException($"The update has no metric '{name}'; it has {string.Join(", ", Names)}.");

    /// <summary>All values as one detached float32 tensor <c>[M]</c> on their device, in <see cref="Names"/> order.</summary>
    public Tensor Stack()
    {
        using var noGrad = no_grad();
        return stack(entries.Select(entry => entry.Value.detach().to_type(ScalarType.Float32).reshape([])).ToArray()); // [M]
    }
}
