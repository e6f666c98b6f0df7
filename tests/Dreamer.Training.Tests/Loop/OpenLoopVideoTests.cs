using Dreamer.Abstractions.Environments;
using Dreamer.Tests.Support;
using Dreamer.Training.Loop;
using Dreamer.Training.Update;
using static TorchSharp.torch;

namespace Dreamer.Training.Tests.Loop;

/// <summary>The open-loop video stacks truth, prediction and error for image and vector observations alike.</summary>
public sealed class OpenLoopVideoTests
{
    [Fact]
    public void ImagesGiveThreeRowsOfTheImageHeightAndAColumnPerSequence()
    {
        manual_seed(1);
        using var agent = TinyAgent.Build();
        using var step = new TrainingStep(agent.WorldModel, agent.Behavior, CPU);

        using var frames = OpenLoopVideo.Render(agent.WorldModel, step, TinyAgent.Batch(1, length: 6, batch: 2), context: 3);

        Assert.Equal([6L, 3, 3 * 64, 2 * 64], frames.shape);
        Assert.Equal(ScalarType.Byte, frames.dtype);
    }

    [Fact]
    public void VectorObservationsShowAsStripsOfCellsWhoseTruthRowIsTheObservation()
    {
        manual_seed(2);
        int[] shape = [5];
        using var agent = TinyAgent.Build(shape);
        using var step = new TrainingStep(agent.WorldModel, agent.Behavior, CPU);
        var batch = TinyAgent.Batch(2, length: 6, batch: 2, observationShape: shape);

        using var frames = OpenLoopVideo.Render(agent.WorldModel, step, batch, context: 3);

        const int cell = OpenLoopVideo.VectorCell;
        Assert.Equal([6L, 3, 3 * cell, 2 * 5 * cell], frames.shape);
        // The truth row of step 0, sequence 0, element 4 (uint8 v shows as v / 255 of full brightness, ±1 for rounding).
        var value = batch.Observations[4];
        var shown = frames[0, 0, cell / 2, 4 * cell + cell / 2].item<byte>();
        Assert.InRange(shown, value - 1, value + 1);
    }

    [Fact]
    public void FloatVectorsShowEachElementFromTheTruthsMinimumToItsMaximum()
    {
        manual_seed(3);
        int[] shape = [4];
        using var agent = TinyAgent.Build(shape, ElementType.Float32);
        using var step = new TrainingStep(agent.WorldModel, agent.Behavior, CPU);
        var batch = TinyAgent.Batch(3, length: 6, batch: 2, observationShape: shape, observationType: ElementType.Float32);
        var values = (float[])batch.ObservationValues;                                 // [T, B, 4]
        values[2] = -40f;                                                              // element 2 at t = 0, b = 0: its minimum
        values[(5 * 2 + 1) * 4 + 2] = 40f;                                             // and at t = 5, b = 1: its maximum

        using var frames = OpenLoopVideo.Render(agent.WorldModel, step, batch, context: 3);

        const int cell = OpenLoopVideo.VectorCell;
        Assert.Equal([6L, 3, 3 * cell, 2 * 4 * cell], frames.shape);
        Assert.Equal(0, frames[0, 0, cell / 2, 2 * cell + cell / 2].item<byte>());
        Assert.Equal(255, frames[5, 0, cell / 2, 4 * cell + 2 * cell + cell / 2].item<byte>());
        var middle = frames[1, 0, cell / 2, 2 * cell + cell / 2].item<byte>();
        Assert.InRange(middle, 100, 155);
    }
}
