using Dreamer.Host.Composition;
using Dreamer.Host.Wiring;
using Spectre.Console;

namespace Dreamer.Host.Cli;

/// <summary>
/// Refuses a run whose <see cref="MemoryEstimate"/> does not fit in this machine's available memory, before anything is
/// allocated; <c>--no-memory-check</c> (<c>validate</c>, <c>train</c>, <c>resume</c>) skips the refusal.
/// </summary>
public static class MemoryCheck
{
    /// <summary>The option that skips the refusal.</summary>
    public const string SkipOption = "--no-memory-check";

    /// <summary>The description of <see cref="SkipOption"/> in each command's help.</summary>
    public const string SkipDescription = "Run even when the memory estimate (parameters, Adam, replay, activations) exceeds this machine's available memory.";

    /// <summary>
    /// For <c>train</c> and <c>resume</c>, before anything is built: measures the networks of <paramref name="composition"/>
    /// on the meta device (<see cref="NetworkCheck.Measure"/>, no weights allocated) and prints, one line each, why they
    /// cannot be built or why the run does not fit (unless <paramref name="skip"/>); true when the run may start.
    /// </summary>
    public static bool Admits(HostServices services, IAnsiConsole console, ResolvedComposition composition, bool skip)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(console);
        var measured = new NetworkCheck(services.Factory()).Measure(composition);
        foreach (var error in measured.Errors) console.Profile.Out.Writer.WriteLine(error);
        if (!measured.IsValid) return false;
        var refusal = skip ? null : Refusal(MemoryEstimate.Of(composition, measured.Size!), AvailableMemory.Bytes());
        if (refusal is null) return true;
        console.Profile.Out.Writer.WriteLine($"error: {refusal}");
        return false;
    }

    /// <summary>One line naming the estimate and what is available, or null when the run fits.</summary>
    public static string? Refusal(MemoryEstimate estimate, long availableBytes)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        if (estimate.HostBytes <= availableBytes) return null;
        var what = estimate.OnDevice
            ? $"its replay needs about {MemoryEstimate.Bytes(estimate.HostBytes)} of host memory"
            : $"the run needs about {MemoryEstimate.Bytes(estimate.HostBytes)} of memory (parameters {MemoryEstimate.Bytes(estimate.ParameterBytes)}, " +
              $"gradients and Adam moments {MemoryEstimate.Bytes(estimate.OptimizerBytes)}, replay {MemoryEstimate.Bytes(estimate.ReplayBytes)}, " +
              $"activations {MemoryEstimate.Bytes(estimate.ActivationBytes)})";
        return $"{what}, more than the {MemoryEstimate.Bytes(availableBytes)} this machine has available; " +
               $"make replay.capacity, training.batch, training.length or the networks smaller, or pass {SkipOption}";
    }
}
