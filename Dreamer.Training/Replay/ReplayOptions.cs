using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Dreamer.Training.Replay;

/// <summary>Replay settings (dreamerv2.md §7.3, §8 <c>replay.*</c>): the composition section <c>replay</c>.</summary>
public sealed record ReplayOptions
{
    [Description("Most agent steps kept in memory; whole oldest episodes leave first (FIFO). At least one episode stays."), Range(1, long.MaxValue)]
    public long Capacity { get; init; } = 2_000_000;

    [Description("Episodes with fewer agent steps are dropped; with prioritize_ends, also the number of extra draws that go to the last window (dreamerv2.md §7.3)."), Range(1, int.MaxValue)]
    public int Minlen { get; init; } = 50;

    [Description("Give the last window of each episode replay.minlen extra draws (dreamerv2.md §7.3, TV10).")]
    public bool PrioritizeEnds { get; init; } = true;
}
