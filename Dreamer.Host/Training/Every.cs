namespace Dreamer.Host.Training;

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
}
