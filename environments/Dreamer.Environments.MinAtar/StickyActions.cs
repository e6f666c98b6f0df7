namespace Dreamer.Environments.MinAtar;

/// <summary>
/// Sticky actions (minatar.md §1): before every step a uniform draw below the probability replaces the requested
/// action by the previously executed one. The previous action starts as no-op when the environment is built, is
/// updated on every step and is not reset between episodes.
/// </summary>
internal sealed class StickyActions(MinAtarRandom random, double probability)
{
    /// <summary>The action executed on the last step (no-op before the first).</summary>
    public MinAtarAction Previous { get; private set; } = MinAtarAction.NoOp;

    /// <summary>Draws once and returns the action to execute.</summary>
    public MinAtarAction Select(MinAtarAction requested)
    {
        var executed = random.Uniform() < probability ? Previous : requested;
        Previous = executed;
        return executed;
    }
}
