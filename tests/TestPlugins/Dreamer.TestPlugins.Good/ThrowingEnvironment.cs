using Dreamer.Abstractions.Components;
using Dreamer.Abstractions.Environments;

namespace Dreamer.TestPlugins.Good;

[Component("test.throwing", Summary = "Throws in its constructor.")]
public sealed class ThrowingEnvironment : IEnvironment
{
    public ThrowingEnvironment(EnvironmentContext context) =>
        throw new InvalidOperationException($"seed {context.Seed} is not supported by this fixture");

    public Space ObservationSpace => new DiscreteSpace(1);

    public Space ActionSpace => new DiscreteSpace(1);

    public TimeStep Reset() => default;

    public TimeStep Step(ReadOnlySpan<float> action) => default;

    public void Dispose()
    {
    }
}
