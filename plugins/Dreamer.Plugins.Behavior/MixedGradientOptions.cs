using System.ComponentModel;
using Dreamer.Abstractions.Components;
using Dreamer.Abstractions.Schedules;

namespace Dreamer.Plugins.Behavior;

/// <summary>Options of <see cref="MixedGradient"/> (dreamerv2.md §5.5 <c>actor_grad_mix</c>, §10 D8).</summary>
public sealed record MixedGradientOptions : IComponentOptions
{
    [Description("Weight of the dynamics term, 1 - rho: a number or linear(start, end, steps) (actor_grad_mix).")]
    public Schedule Mix { get; init; } = Schedule.Constant(0.1);
}
