using Dreamer.Abstractions.Components;
using Dreamer.Abstractions.Environments;
using Dreamer.Environments.MinAtar.Games;

namespace Dreamer.Environments.MinAtar;

/// <summary>Space Invaders: shoot the descending alien swarm from the cannon (minatar.md §6).</summary>
[Component("minatar.space-invaders", Summary = "MinAtar Space Invaders: shoot the descending alien swarm from the cannon")]
public sealed class SpaceInvaders(MinAtarOptions options, EnvironmentContext context)
    : MinAtarEnvironment(options, context, (random, ramping) => new SpaceInvadersGame(random, ramping));
