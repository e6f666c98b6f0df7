using Dreamer.Abstractions.Components;
using Dreamer.Abstractions.Environments;
using Dreamer.Environments.MinAtar.Games;

namespace Dreamer.Environments.MinAtar;

/// <summary>Seaquest: shoot enemies, rescue divers and surface before the oxygen runs out (minatar.md §5).</summary>
[Component("minatar.seaquest", Summary = "MinAtar Seaquest: shoot enemies, rescue divers and surface before the oxygen runs out")]
public sealed class Seaquest(MinAtarOptions options, EnvironmentContext context)
    : MinAtarEnvironment(options, context, (random, ramping) => new SeaquestGame(random, ramping));
