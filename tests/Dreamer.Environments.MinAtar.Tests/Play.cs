using Dreamer.Abstractions.Environments;

namespace Dreamer.Environments.MinAtar.Tests;

/// <summary>Builds MinAtar environments and plays fixed action sequences on them.</summary>
internal static class Play
{
    public static readonly MinAtarOptions NoSticky = new() { Sticky = 0 };

    public static MinAtarEnvironment Create(string game, MinAtarOptions? options = null, int seed = 7) =>
        game switch
        {
            "breakout" => new Breakout(options ?? NoSticky, new EnvironmentContext(seed)),
            "asterix" => new Asterix(options ?? NoSticky, new EnvironmentContext(seed)),
            "freeway" => new Freeway(options ?? NoSticky, new EnvironmentContext(seed)),
            "seaquest" => new Seaquest(options ?? NoSticky, new EnvironmentContext(seed)),
            "space-invaders" => new SpaceInvaders(options ?? NoSticky, new EnvironmentContext(seed)),
            _ => throw new ArgumentException(game),
        };

    public static TimeStep Step(IEnvironment environment, int action) => environment.Step([action]);

    /// <summary>Plays one episode with a constant action; returns its return and length.</summary>
    public static (double Return, int Length) Constant(IEnvironment environment, int action, int limit = 1_000_000)
    {
        environment.Reset();
        var total = 0.0;
        for (var length = 1; length <= limit; length++)
        {
            var step = Step(environment, action);
            total += step.Reward;
            if (step.IsLast)
            {
                return (total, length);
            }
        }

        return (total, -1);
    }
}
