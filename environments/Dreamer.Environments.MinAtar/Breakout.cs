using Dreamer.Abstractions.Components;
using Dreamer.Abstractions.Environments;
using Dreamer.Environments.MinAtar.Games;

namespace Dreamer.Environments.MinAtar;

/// <summary>Breakout: bounce the ball off the paddle to clear three rows of bricks (minatar.md §2).</summary>
[Component("minatar.breakout", Summary = "MinAtar Breakout: bounce the ball off the paddle to clear three rows of bricks")]
public sealed class Breakout(MinAtarOptions options, EnvironmentContext context)
    : MinAtarEnvironment(options, context, (random, _) => new BreakoutGame(random));
