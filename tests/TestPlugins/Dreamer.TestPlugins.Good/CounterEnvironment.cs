using Dreamer.Abstractions.Components;
using Dreamer.Abstractions.Environments;
using Dreamer.TestPlugins.Helper;

namespace Dreamer.TestPlugins.Good;

[Component("test.counter", Summary = "Counts steps; an episode ends after length steps.")]
public sealed class CounterEnvironment(CounterOptions options, EnvironmentContext context) : IEnvironment
{
    private readonly StepCounter counter = new(options.Length);

    public CounterOptions Options { get; } = options;

    public EnvironmentContext Context { get; } = context;

    public Space ObservationSpace { get; } = new BoxSpace([1], ElementType.Float32, 0, options.Length);

    public Space ActionSpace { get; } = new DiscreteSpace(1);

    public TimeStep Reset()
    {
        counter.Reset();
        return new TimeStep(Observe(), 0, IsFirst: true, IsLast: false, IsTerminal: false);
    }

    public TimeStep Step(ReadOnlySpan<float> action)
    {
        counter.Advance();
        return new TimeStep(Observe(), Options.StepReward, IsFirst: false, IsLast: counter.Done, IsTerminal: counter.Done);
    }

    public void Dispose()
    {
    }

    private Observation Observe() => Observation.FromFloats(new[] { (float)counter.Count });
}
