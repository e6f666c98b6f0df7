using Dreamer.Abstractions.Components;
using Dreamer.Abstractions.Environments;
using Dreamer.Environments.MinAtar.Games;

namespace Dreamer.Environments.MinAtar;

/// <summary>Freeway: lead the chicken across eight lanes of traffic within 2,500 steps (minatar.md §4).</summary>
[Component("minatar.freeway", Summary = "MinAtar Freeway: lead the chicken across eight lanes of traffic within 2,500 steps")]
public sealed class Freeway(MinAtarOptions options, EnvironmentContext context)
    : MinAtarEnvironment(options, context, (random, _) => new FreewayGame(random));
