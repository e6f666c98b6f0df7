using Dreamer.Abstractions.Environments;
using Dreamer.Environments.MinAtar.Games;

namespace Dreamer.Environments.MinAtar;

/// <summary>
/// A MinAtar game as an <see cref="IEnvironment"/> (minatar.md §1): full or minimal action set, sticky actions on
/// one seeded random stream shared with the game, grid or image view, and an optional step cap that ends an
/// episode as last but not terminal. Observation buffers are reused between steps.
/// </summary>
public abstract class MinAtarEnvironment : IEnvironment
{
    private readonly MinAtarAction[] actions;
    private readonly StickyActions sticky;
    private readonly int maxSteps;
    private readonly byte[] grid;
    private readonly byte[]? image;
    private readonly ImageRenderer? renderer;
    private readonly Observation observation;
    private bool running;
    private int steps;

    private protected MinAtarEnvironment(
        MinAtarOptions options,
        EnvironmentContext context,
        Func<MinAtarRandom, bool, MinAtarGame> createGame)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(context);
        if (options.Sticky is < 0 or > 1 || double.IsNaN(options.Sticky))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Sticky, "sticky must lie in [0, 1].");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxSteps);
        var random = new MinAtarRandom(MinAtarRandom.CombineSeeds(context.Seed, context.Index, options.Seed));
        Game = createGame(random, options.Ramping);
        actions = options.MinimalActions ? [.. Game.MinimalActions] : Enum.GetValues<MinAtarAction>();
        sticky = new StickyActions(random, options.Sticky);
        maxSteps = options.MaxSteps;
        grid = new byte[Game.Channels * 100];
        ActionSpace = new DiscreteSpace(actions.Length);
        if (options.View == ObservationView.Image)
        {
            renderer = new ImageRenderer(Game.Channels, options.Palette);
            image = new byte[renderer.Planes * ImageRenderer.Side * ImageRenderer.Side];
            ObservationSpace = new BoxSpace([renderer.Planes, ImageRenderer.Side, ImageRenderer.Side], ElementType.UInt8, 0, 255);
            observation = Observation.FromBytes(image);
        }
        else
        {
            ObservationSpace = new BoxSpace([Game.Channels, 10, 10], ElementType.UInt8, 0, 1);
            observation = Observation.FromBytes(grid);
        }
    }

    public Space ObservationSpace { get; }

    public Space ActionSpace { get; }

    /// <summary>The actions this environment's indices stand for, in index order.</summary>
    public IReadOnlyList<MinAtarAction> Actions => actions;

    /// <summary>Number of channels of the game's grid.</summary>
    public int Channels => Game.Channels;

    /// <summary>The action executed on the last step, after sticky replacement (no-op before the first step).</summary>
    public MinAtarAction LastExecutedAction => sticky.Previous;

    internal MinAtarGame Game { get; }

    public TimeStep Reset()
    {
        Game.Reset();
        steps = 0;
        running = true;
        return new TimeStep(Render(), 0f, IsFirst: true, IsLast: false, IsTerminal: false);
    }

    public TimeStep Step(ReadOnlySpan<float> action)
    {
        if (!running)
        {
            throw new InvalidOperationException("Step needs an episode in progress: call Reset first (also after a last step).");
        }

        if (action.Length != 1)
        {
            throw new ArgumentException($"A discrete action is one element holding the index; got {action.Length} elements.", nameof(action));
        }

        var value = action[0];
        var index = (int)value;
        if (index != value || index < 0 || index >= actions.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(action), value, $"The action index must be an integer in [0, {actions.Length}).");
        }

        var reward = Game.Act(sticky.Select(actions[index]));
        steps++;
        var terminal = Game.IsTerminal;
        var last = terminal || (maxSteps > 0 && steps >= maxSteps);
        running = !last;
        return new TimeStep(Render(), reward, IsFirst: false, last, terminal);
    }

    public void Dispose() => GC.SuppressFinalize(this);

    private Observation Render()
    {
        Array.Clear(grid);
        Game.Render(grid);
        if (renderer is not null && image is not null)
        {
            renderer.Render(grid, image);
        }

        return observation;
    }
}
