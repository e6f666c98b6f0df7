using static TorchSharp.torch;

namespace Dreamer.Training.Loop;

/// <summary>
/// How well open-loop predictions of binary grids (<see cref="OpenLoopPrediction"/>) draw each kind of object: per
/// channel and step, the <see cref="CellCounts"/> over every sequence measured, a cell counting as drawn when its
/// predicted mean is at least 0.5. Steps before <see cref="Context"/> were observed, the others imagined.
/// </summary>
public sealed class OpenLoopAccuracy
{
    private const double Threshold = 0.5;

    private readonly CellCounts[,] counts;                                              // [C, T]

    private OpenLoopAccuracy(CellCounts[,] counts, int context, long sequences)
    {
        this.counts = counts;
        Context = context;
        Sequences = sequences;
    }

    /// <summary>Steps observed by the posterior before imagination starts.</summary>
    public int Context { get; }

    /// <summary>Sequences measured.</summary>
    public long Sequences { get; }

    /// <summary>Grid channels.</summary>
    public int Channels => counts.GetLength(0);

    /// <summary>Steps per sequence, observed and imagined.</summary>
    public int Length => counts.GetLength(1);

    /// <summary>
    /// Counts <paramref name="truth"/> against <paramref name="prediction"/>, both <c>[T, B, C, H, W]</c>, of which the
    /// first <paramref name="context"/> steps were observed.
    /// </summary>
    public static OpenLoopAccuracy Measure(Tensor truth, Tensor prediction, int context)
    {
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(prediction);
        if (truth.dim() != 5 || !truth.shape.SequenceEqual(prediction.shape))
            throw new ArgumentException($"open-loop accuracy needs a truth and a prediction of one shape [T, B, C, H, W]; got [{string.Join(", ", truth.shape)}] and [{string.Join(", ", prediction.shape)}].");
        using var scope = NewDisposeScope();
        var on = truth >= Threshold;                                                    // [T, B, C, H, W]
        var drawn = prediction >= Threshold;                                            // [T, B, C, H, W]
        long[] Count(Tensor cells) => cells.to_type(ScalarType.Int64).sum([1, 3, 4]).transpose(0, 1).contiguous().cpu().data<long>().ToArray(); // [C·T]
        var truthCells = Count(on);
        var drawnCells = Count(drawn);
        var hitCells = Count(on.logical_and(drawn));
        var (length, channels) = ((int)truth.shape[0], (int)truth.shape[2]);
        var result = new CellCounts[channels, length];
        for (var i = 0; i < channels * length; i++)
            result[i / length, i % length] = new CellCounts(truthCells[i], drawnCells[i], hitCells[i]);
        return new OpenLoopAccuracy(result, Math.Clamp(context, 1, length), truth.shape[1]);
    }

    /// <summary>The counts of channel <paramref name="channel"/> at step <paramref name="step"/>.</summary>
    public CellCounts At(int channel, int step) => counts[channel, step];

    /// <summary>Channel <paramref name="channel"/> over the observed steps.</summary>
    public CellCounts Observed(int channel) => Sum(channel, 0, Context);

    /// <summary>Channel <paramref name="channel"/> over the imagined steps.</summary>
    public CellCounts Imagined(int channel) => Sum(channel, Context, Length);

    /// <summary>Every channel at step <paramref name="step"/>.</summary>
    public CellCounts Step(int step) => Enumerable.Range(0, Channels).Aggregate(default(CellCounts), (sum, c) => sum + counts[c, step]);

    /// <summary>The counts of this and <paramref name="other"/>, measured with the same context and shape.</summary>
    public OpenLoopAccuracy Add(OpenLoopAccuracy other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Channels != Channels || other.Length != Length || other.Context != Context)
            throw new ArgumentException("open-loop accuracies of another shape or context cannot be added.", nameof(other));
        var sum = new CellCounts[Channels, Length];
        for (var i = 0; i < Channels * Length; i++)
            sum[i / Length, i % Length] = counts[i / Length, i % Length] + other.counts[i / Length, i % Length];
        return new OpenLoopAccuracy(sum, Context, Sequences + other.Sequences);
    }

    private CellCounts Sum(int channel, int from, int to) =>
        Enumerable.Range(from, to - from).Aggregate(default(CellCounts), (sum, t) => sum + counts[channel, t]);
}
