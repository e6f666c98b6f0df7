using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Dreamer.Abstractions.Components;

namespace Dreamer.Environments.Control;

/// <summary>Options of <see cref="Pendulum"/>: the view, the episode length and a seed offset.</summary>
public sealed record PendulumOptions : IComponentOptions
{
    [Description("Observation: image (grey uint8 [1,64,64]) or vector (float32 [cos θ, sin θ, θ̇/8]).")]
    public ControlView View { get; init; } = ControlView.Image;

    [Description("Physics steps of 0.05 s per episode; the episode then ends as last, not terminal (DMC's 1000-step limit).")]
    [Range(1, 1_000_000)]
    public int EpisodeLength { get; init; } = 1000;

    [Description("Combined with the run's seed and the environment index to seed the start states.")]
    public int Seed { get; init; }
}
