using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Dreamer.Training.Replay;

/// <summary>Replay settings (dreamerv2.md §7.3, §8 <c>replay.*</c>): the composition section <c>replay</c>.</summary>
public sealed record ReplayOptions
{
    [Description("Most agent steps kept in memory; whole oldest episodes leave first (FIFO). At least one episode stays."), Range(1, long.MaxValue)]
    public long Capacity { get; init; } = 2_000_000;

    [Description("Episodes with fewer agent steps are dropped."), Range(1, int.MaxValue)]
    public int Minlen { get; init; } = 50;

    [Description("Give the last window of each episode extra sampling mass (dreamerv2.md TV10).")]
    public bool PrioritizeEnds { get; init; } = true;
}
