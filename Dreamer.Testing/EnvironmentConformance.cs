using Dreamer.Abstractions.Environments;
using Dreamer.Environments.Conformance;
using Dreamer.Training.Contracts;

namespace Dreamer.Testing;

/// <summary>
/// A conformance run of an environment against its contract (dreamerv2.md §7, §0), the run of
/// <see cref="EnvironmentCheck"/> that <c>dreamer env check</c> prints: reset and step over random actions drawn from
/// the action space; every observation matches the observation space's element type, size and bounds; rewards are
/// finite and 0 on reset; <c>IsFirst</c> marks exactly the reset steps; terminal steps are last; episodes end and
/// reset; <c>Step</c> after a last step throws <see cref="InvalidOperationException"/>; and two runs with the same
/// seed and actions give the same trajectory.
/// </summary>
public static class EnvironmentConformance
{
    /// <summary>
    /// Runs <paramref name="steps"/> random steps on environments made by <paramref name="create"/> with
    /// <paramref name="seed"/>; throws <see cref="ComponentCheckException"/> naming the first problem found when any
    /// check fails (warnings, such as a trajectory another seed repeats, do not throw).
    /// </summary>
    public static void Run(Func<EnvironmentContext, IEnvironment> create, int steps = 300, int seed = 1)
    {
        ArgumentNullException.ThrowIfNull(create);
        string? name = null;
        var result = EnvironmentCheck.Run(context =>
        {
            var environment = create(context);
            name ??= ShapeCheck.Name(environment);
            return environment;
        }, steps, seed);
        if (!result.Passed)
        {
            throw new ComponentCheckException($"Environment {name}: {result.Failures[0]}.");
        }
    }
}
