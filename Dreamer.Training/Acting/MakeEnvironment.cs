using Dreamer.Abstractions.Environments;

namespace Dreamer.Training.Acting;

/// <summary>
/// Builds one environment, wrapped as the agent acts, with its own <paramref name="seed"/> and
/// <paramref name="index"/> among the run's environments (dreamerv2.md §1, §7).
/// </summary>
public delegate IEnvironment MakeEnvironment(int seed, int index);
