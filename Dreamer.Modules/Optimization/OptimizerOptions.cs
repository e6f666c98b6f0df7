using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Dreamer.Modules.Optimization;

/// <summary>Settings of one optimizer (dreamerv2.md §6): learning rate, TF-style ε, global-norm clip, weight decay.</summary>
public sealed record OptimizerOptions
{
    [Description("Learning rate."), Range(1e-12, 1.0)]
    public double Lr { get; init; } = 1e-4;

    [Description("Adam epsilon in the TensorFlow convention (added to sqrt(v), not sqrt(v-hat))."), Range(1e-16, 1.0)]
    public double Eps { get; init; } = 1e-5;

    [Description("Global gradient-norm clip; 0 disables clipping."), Range(0.0, 1e9)]
    public double Clip { get; init; } = 100;

    [Description("Weight decay applied to every parameter before the Adam step, not scaled by the learning rate."), Range(0.0, 1.0)]
    public double Wd { get; init; } = 1e-6;
}
