using Dreamer.Abstractions.Components;

namespace Dreamer.Host.Tests.Cli;

/// <summary>What a <see cref="BrokenEnvironment"/> gets wrong; with every option false it keeps its contract.</summary>
public sealed record BrokenEnvironmentOptions : IComponentOptions
{
    /// <summary>Observations of 3 bytes for a space of 4.</summary>
    public bool SmallObservation { get; init; }

    /// <summary>Observations of 4 floats for a uint8 space.</summary>
    public bool FloatObservation { get; init; }

    /// <summary>The fourth step of each episode has IsFirst set.</summary>
    public bool FirstOnStep { get; init; }

    /// <summary>The third step throws an <see cref="ArgumentException"/>.</summary>
    public bool ThrowsOnStep { get; init; }

    /// <summary>Reset returns a step without IsFirst.</summary>
    public bool ResetWithoutFirst { get; init; }

    /// <summary>The third step of each episode holds 2 in a [0, 1] space.</summary>
    public bool OutOfBounds { get; init; }

    /// <summary>The second step of each episode is terminal but not last.</summary>
    public bool TerminalNotLast { get; init; }

    /// <summary>Rewards come from an unseeded random source.</summary>
    public bool Unseeded { get; init; }

    /// <summary>Rewards come from a fixed seed whatever the context's seed.</summary>
    public bool IgnoresSeed { get; init; }

    /// <summary>Reset returns reward 1.</summary>
    public bool RewardOnReset { get; init; }

    /// <summary>A step after the end of an episode returns a step instead of throwing.</summary>
    public bool StepsAfterTheEnd { get; init; }

    /// <summary>Episodes never end.</summary>
    public bool NeverEnds { get; init; }
}
