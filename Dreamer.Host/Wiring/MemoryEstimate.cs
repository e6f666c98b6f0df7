using System.Globalization;
using Dreamer.Host.Composition;
using Dreamer.Training.Loop;
using Dreamer.Training.Replay;

namespace Dreamer.Host.Wiring;

/// <summary>
/// A rough estimate of the memory a training run needs: the parameters in float32, their gradients and Adam's two
/// moments (dreamerv2.md §6), the replay at its fullest (<see cref="ReplayMemory"/>: <c>replay.capacity</c>, or
/// <c>training.steps</c> when the run ends sooner, §7.3), and the activations one update keeps for its backward pass
/// for <c>training.batch × training.length</c> replayed steps and the H = 15 imagined steps from each (§5.1). The
/// activation term is an order of magnitude, not a measurement: a fixed number of floats per observation element
/// and per feature. On a CUDA device only the replay is host memory; the rest is the device's.
/// </summary>
public sealed record MemoryEstimate(long ParameterBytes, long OptimizerBytes, long ReplayBytes, long ReplaySteps, long ActivationBytes, bool OnDevice)
{
    private const int FloatBytes = sizeof(float);
    private const int ImagineHorizon = 15;
    private const int FloatsPerObservationElement = 16;
    private const int FloatsPerFeature = 16;
    private const int FloatsPerImaginedFeature = 8;

    /// <summary>Everything the run needs.</summary>
    public long TotalBytes => ParameterBytes + OptimizerBytes + ReplayBytes + ActivationBytes;

    /// <summary>What the run needs in this machine's memory: everything on the CPU, the replay on a CUDA device.</summary>
    public long HostBytes => OnDevice ? ReplayBytes : TotalBytes;

    /// <summary>The estimate for <paramref name="composition"/>, whose agent has <paramref name="size"/>.</summary>
    public static MemoryEstimate Of(ResolvedComposition composition, AgentSize size)
    {
        ArgumentNullException.ThrowIfNull(composition);
        ArgumentNullException.ThrowIfNull(size);
        var training = composition.Section<TrainingOptions>();
        var replay = composition.Section<ReplayOptions>();
        var replaySteps = Math.Min(replay.Capacity, training.Steps);
        // Doubles, so that absurd sizes saturate instead of overflowing into small numbers.
        double frames = (double)training.Batch * training.Length;
        double features = size.Features.Size;
        var activations = FloatBytes * frames * (FloatsPerObservationElement * (double)size.Observation.Size + FloatsPerFeature * features
            + ImagineHorizon * FloatsPerImaginedFeature * (features + size.Action.Size));
        var replayBytes = (double)ReplayMemory.Bytes(1, size.Observation.Dimensions, size.Action.Size, size.Observation.ElementType) * replaySteps;
        return new MemoryEstimate(
            Saturate(FloatBytes * (double)size.Parameters),
            Saturate(FloatBytes * 3.0 * size.TrainedParameters),
            Saturate(replayBytes),
            replaySteps,
            Saturate(activations),
            !training.Device.StartsWith("cpu", StringComparison.Ordinal));
    }

    private static long Saturate(double bytes) => bytes >= long.MaxValue / 8 ? long.MaxValue / 8 : (long)bytes;

    /// <summary>One line: the total and each term.</summary>
    public string Describe(TrainingOptions training)
    {
        ArgumentNullException.ThrowIfNull(training);
        var device = OnDevice ? $"; {Bytes(TotalBytes - ReplayBytes)} of it on {training.Device}" : "";
        return $"memory estimate {Bytes(TotalBytes)}: parameters {Bytes(ParameterBytes)}, gradients and Adam moments {Bytes(OptimizerBytes)}, " +
               $"replay of {ReplaySteps.ToString("N0", CultureInfo.InvariantCulture)} steps {Bytes(ReplayBytes)}, " +
               $"activations of a {training.Batch} × {training.Length} batch about {Bytes(ActivationBytes)}{device}";
    }

    /// <summary><paramref name="bytes"/> for people: "1.3 GiB".</summary>
    public static string Bytes(long bytes)
    {
        double value = bytes;
        string[] units = ["B", "KiB", "MiB", "GiB", "TiB", "PiB"];
        var unit = 0;
        while (value >= 1024 && unit < units.Length - 1)
        {
            value /= 1024;
            unit++;
        }
        return string.Create(CultureInfo.InvariantCulture, $"{value:0.#} {units[unit]}");
    }
}
