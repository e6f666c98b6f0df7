namespace Dreamer.Training.Loop;

/// <summary>
/// The cadence of dreamerv2.md §1 (TV11): fires on its first call, then whenever step ≥ last + n, advancing last
/// by n. Its state (<see cref="Last"/>) is saved in checkpoints.
/// </summary>
public sealed class Every(long every)
{
    /// <summary>The step of the last firing, or null before the first call.</summary>
    public long? Last { get; set; }

    public long Period => every;

    /// <summary>True when the cadence fires at <paramref name="step"/>.</summary>
    public bool Fire(long step)
    {
        if (every <= 0) return false;
        if (Last is null)
        {
            Last = step;
            return true;
        }
        if (step >= Last + every)
        {
            Last += every;
            return true;
        }
        return false;
    }

    /// <summary>
    /// Calls <see cref="Fire"/> for every step in (<paramref name="previous"/>, <paramref name="step"/>] and returns how
    /// many times it fired: the cadence of a counter that advanced by several agent steps at once (N environments),
    /// exactly as if each agent step had been counted on its own. Equals <c>Fire(step) ? 1 : 0</c> when the counter
    /// advanced by one.
    /// </summary>
    public int FireBetween(long previous, long step)
    {
        var fired = 0;
        for (var current = previous + 1; current <= step; current++)
        {
            if (Fire(current)) fired++;
        }
        return fired;
    }
}
