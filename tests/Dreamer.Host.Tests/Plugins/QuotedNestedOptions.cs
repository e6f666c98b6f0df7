using Dreamer.Abstractions.Schedules;

namespace Dreamer.Host.Tests.Plugins;

/// <summary>A nested record of <see cref="QuotedDefaultsOptions"/>: its values sit inside a YAML flow map.</summary>
internal sealed record QuotedNestedOptions
{
    public Schedule Ramp { get; init; } = Schedule.Linear(0, 1, 10);

    public string Braces { get; init; } = "{ }";

    public float Small { get; init; } = 1e-7f;

    public double[] Weights { get; init; } = [0.1, 1e-5, 3];
}
