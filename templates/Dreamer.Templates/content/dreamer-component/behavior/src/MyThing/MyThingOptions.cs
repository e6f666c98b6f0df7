using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Dreamer.Abstractions.Components;
using Dreamer.Modules.Optimization;

namespace MyThing;

/// <summary>Options of <see cref="MyThing"/> (dreamerv2.md §5), bound from the composition's <c>with:</c> map.</summary>
public sealed record MyThingOptions : IComponentOptions
{
    /// <summary>Imagination horizon H.</summary>
    [Description("Imagination horizon H."), Range(2, 1000)]
    public int Horizon { get; init; } = 15;

    /// <summary>λ of the λ-return.</summary>
    [Description("Lambda of the lambda-return."), Range(0.0, 1.0)]
    public double Lambda { get; init; } = 0.95;

    /// <summary>Weight η of the actor's entropy bonus.</summary>
    [Description("Weight of the actor's entropy bonus."), Range(0.0, 10.0)]
    public double Entropy { get; init; } = 1e-3;

    /// <summary>Hidden layers of the actor and of the critic.</summary>
    [Description("Hidden layers of the actor and of the critic."), Range(0, 16)]
    public int Layers { get; init; } = 2;

    /// <summary>Units of each hidden layer.</summary>
    [Description("Units of each hidden layer."), Range(1, 65536)]
    public int Units { get; init; } = 200;

    /// <summary>The actor's optimizer.</summary>
    [Description("The actor's optimizer.")]
    public OptimizerOptions ActorOptimizer { get; init; } = new() { Lr = 1e-4 };

    /// <summary>The critic's optimizer.</summary>
    [Description("The critic's optimizer.")]
    public OptimizerOptions CriticOptimizer { get; init; } = new() { Lr = 2e-4 };
}
