using Dreamer.Abstractions.Components;
using Dreamer.Abstractions.Environments;
using Dreamer.Environments.MinAtar.Games;

namespace Dreamer.Environments.MinAtar;

/// <summary>Asterix: collect gold and dodge enemies crossing eight lanes (minatar.md §3).</summary>
[Component("minatar.asterix", Summary = "MinAtar Asterix: collect gold and dodge enemies crossing eight lanes")]
public sealed class Asterix(MinAtarOptions options, EnvironmentContext context)
    : MinAtarEnvironment(options, context, (random, ramping) => new AsterixGame(random, ramping));
