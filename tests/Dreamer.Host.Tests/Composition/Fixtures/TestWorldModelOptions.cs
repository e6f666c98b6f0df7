using Dreamer.Modules.Optimization;

namespace Dreamer.Host.Tests.Composition.Fixtures;

internal sealed record TestWorldModelOptions
{
    public OptimizerOptions ModelOpt { get; init; } = new() { Lr = 2e-4 };

    public double KlScale { get; init; } = 1.0;
}
