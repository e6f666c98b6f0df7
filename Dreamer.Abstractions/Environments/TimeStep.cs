namespace Dreamer.Abstractions.Environments;

/// <summary>
/// What an environment returns from reset and step, in the time-index convention of dreamerv2.md §0:
/// <paramref name="Reward"/> is received on arriving at <paramref name="Observation"/> (0 on the reset step).
/// <paramref name="IsLast"/> ends the episode; <paramref name="IsTerminal"/> also means the episode truly ended
/// (discount 0), which a time limit does not (§7.1).
/// </summary>
public readonly record struct TimeStep(Observation Observation, float Reward, bool IsFirst, bool IsLast, bool IsTerminal);
