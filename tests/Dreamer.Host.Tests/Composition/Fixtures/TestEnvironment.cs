using Dreamer.Abstractions.Components;
using Dreamer.Abstractions.Environments;

namespace Dreamer.Host.Tests.Composition.Fixtures;

[Component("environment.test")]
internal abstract class TestEnvironment : IEnvironment
{
    public abstract Space ObservationSpace { get; }

    public abstract Space ActionSpace { get; }

    public abstract TimeStep Reset();

    public abstract TimeStep Step(ReadOnlySpan<float> action);

    public abstract void Dispose();
}
