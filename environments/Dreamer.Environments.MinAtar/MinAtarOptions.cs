using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Dreamer.Abstractions.Components;

namespace Dreamer.Environments.MinAtar;

/// <summary>
/// Options shared by the five MinAtar games (minatar.md §1): sticky actions, difficulty ramping, action set,
/// observation view, step cap and a seed offset.
/// </summary>
public sealed record MinAtarOptions : IComponentOptions
{
    [Description("Probability that the previously executed action is executed instead of the requested one (sticky actions, minatar.md §1).")]
    [Range(0.0, 1.0)]
    public double Sticky { get; init; } = 0.1;

    [Description("Difficulty ramping; affects Asterix, Seaquest and Space Invaders only (minatar.md §3, §5, §6).")]
    public bool Ramping { get; init; } = true;

    [Description("Use the reduced action list of the v1 Gymnasium ids instead of all six actions (minatar.md §1).")]
    public bool MinimalActions { get; init; }

    [Description("Observation view: grid (binary uint8 [C,10,10]) or image (uint8 64x64, gray or colour).")]
    public ObservationView View { get; init; } = ObservationView.Grid;

    [Description("Palette of the image view: gray ([1,64,64]) or color ([3,64,64]). Ignored by the grid view.")]
    public ImagePalette Palette { get; init; } = ImagePalette.Gray;

    [Description("Ends an episode (last, not terminal) after this many steps; 0 means no cap.")]
    [Range(0, int.MaxValue)]
    public int MaxSteps { get; init; }

    [Description("Combined with the run's seed and the environment index to seed the random source.")]
    public int Seed { get; init; }
}
