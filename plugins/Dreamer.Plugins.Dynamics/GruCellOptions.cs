using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Dreamer.Abstractions.Components;

namespace Dreamer.Plugins.Dynamics;

/// <summary>Options of the GRU dynamics cells (dreamerv2.md §2.3, §8 rssm.deter).</summary>
public sealed record GruCellOptions : IComponentOptions
{
    [Description("Width D of the deterministic state h."), Range(1, 65536)]
    public int Deter { get; init; } = 600;
}
