using Dreamer.Training.Loop;
using static TorchSharp.torch;

namespace Dreamer.Training.Tests.Loop;

/// <summary>
/// The open-loop accuracy counts, per channel and step, the grid cells on in the truth, drawn by the prediction
/// (mean ≥ 0.5) and both, and splits them at the context into observed and imagined steps.
/// </summary>
public sealed class OpenLoopAccuracyTests
{
    // [T = 3, B = 1, C = 2, H = 1, W = 2]: channel 0 is a moving object, channel 1 a fixed one the model loses.
    private static readonly float[] Truth =
    [
        1, 0, /* c1 */ 1, 1,
        0, 1, /* c1 */ 1, 1,
        0, 1, /* c1 */ 1, 1,
    ];

    private static readonly float[] Prediction =
    [
        0.9f, 0.1f, /* c1 */ 0.5f, 0.7f,
        0.6f, 0.2f, /* c1 */ 0.4f, 0.49f,
        0.0f, 0.8f, /* c1 */ 1.0f, 0.0f,
    ];

    private static OpenLoopAccuracy Measure(int context = 1)
    {
        using var truth = tensor(Truth).view(3, 1, 2, 1, 2);
        using var prediction = tensor(Prediction).view(3, 1, 2, 1, 2);
        return OpenLoopAccuracy.Measure(truth, prediction, context);
    }

    [Fact]
    public void EachChannelAndStepCountsTheTrueTheDrawnAndTheHitCells()
    {
        var accuracy = Measure();

        Assert.Equal((2, 3, 1, 1L), (accuracy.Channels, accuracy.Length, accuracy.Context, accuracy.Sequences));
        Assert.Equal(new CellCounts(1, 1, 1), accuracy.At(0, 0));
        Assert.Equal(new CellCounts(1, 1, 0), accuracy.At(0, 1));
        Assert.Equal(new CellCounts(1, 1, 1), accuracy.At(0, 2));
        Assert.Equal(new CellCounts(2, 2, 2), accuracy.At(1, 0));
        Assert.Equal(new CellCounts(2, 0, 0), accuracy.At(1, 1));
        Assert.Equal(new CellCounts(2, 1, 1), accuracy.At(1, 2));
    }

    [Fact]
    public void TheContextSplitsObservedFromImaginedSteps()
    {
        var accuracy = Measure(context: 2);

        Assert.Equal(new CellCounts(2, 2, 1), accuracy.Observed(0));
        Assert.Equal(new CellCounts(1, 1, 1), accuracy.Imagined(0));
        Assert.Equal(new CellCounts(4, 2, 2), accuracy.Observed(1));
        Assert.Equal(new CellCounts(2, 1, 1), accuracy.Imagined(1));
        Assert.Equal(new CellCounts(3, 1, 0), accuracy.Step(1));
        Assert.Equal(new CellCounts(3, 2, 2), accuracy.Step(2));
        Assert.Equal(0.5, accuracy.Observed(0).Recall);
        Assert.Equal(2.0 / 3, accuracy.Step(2).Recall!.Value, 12);
        Assert.Equal(1.0, accuracy.Step(2).Precision);
    }

    [Fact]
    public void RecallAndPrecisionAreUndefinedWithoutCellsAndBatchesAddUp()
    {
        Assert.Null(new CellCounts(0, 3, 0).Recall);
        Assert.Null(new CellCounts(3, 0, 0).Precision);

        var twice = Measure().Add(Measure());

        Assert.Equal(2, twice.Sequences);
        Assert.Equal(new CellCounts(4, 0, 0), twice.At(1, 1));
        Assert.Equal(new CellCounts(8, 2, 2), twice.Imagined(1));
        Assert.Throws<ArgumentException>(() => Measure().Add(Measure(context: 2)));
    }

    [Fact]
    public void TruthAndPredictionOfAnotherShapeAreRefused()
    {
        using var truth = zeros([3, 1, 2, 1, 2]);
        using var prediction = zeros([3, 1, 2, 2, 1]);

        var error = Assert.Throws<ArgumentException>(() => OpenLoopAccuracy.Measure(truth, prediction, 1));
        Assert.Contains("[3, 1, 2, 1, 2] and [3, 1, 2, 2, 1]", error.Message);
    }
}
