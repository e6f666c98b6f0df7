using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Dreamer.Abstractions.Components;

namespace Dreamer.TestPlugins.Good;

public sealed record CounterOptions : IComponentOptions
{
    [Description("Steps per episode.")]
    [Range(1, 1000)]
    public int Length { get; init; } = 10;

    [Description("Reward of each step.")]
    public float StepReward { get; init; } = 0.5f;
}
