using Dreamer.Abstractions.Environments;
using Dreamer.Environments.Rollout;
using Dreamer.Tests.Support;
using Dreamer.Training.Loop;
using Dreamer.Training.Update;
using static TorchSharp.torch;

namespace Dreamer.Training.Tests.Loop;

/// <summary>
/// The open-loop video stacks truth, prediction and error for image, grid and vector observations alike, and its GIF
/// enlarges and labels the frames.
/// </summary>
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

    [Fact]
    public void EachChannelOfAGridShowsInItsOwnColour()
    {
        manual_seed(4);
        int[] shape = [4, 64, 64];
        using var agent = TinyAgent.Build(shape);
        using var step = new TrainingStep(agent.WorldModel, agent.Behavior, CPU);
        var batch = TinyAgent.Batch(4, length: 6, batch: 2, observationShape: shape);
        const int plane = 64 * 64;
        for (var c = 0; c < 4; c++) batch.Observations[c * plane + 5 * 64 + 7] = (byte)(c == 2 ? 255 : 0); // t = 0, b = 0, (y 5, x 7): channel 2 only
        for (var c = 0; c < 4; c++) batch.Observations[c * plane + 9 * 64 + 3] = 0;                          // (y 9, x 3): empty

        using var frames = OpenLoopVideo.Render(agent.WorldModel, step, batch, context: 3);

        Assert.Equal([6L, 3, 3 * 64, 2 * 64], frames.shape);
        var green = OpenLoopVideo.ChannelColors[2];
        Assert.Equal([(byte)(green >> 16), (byte)(green >> 8), (byte)green], Enumerable.Range(0, 3).Select(rgb => frames[0, rgb, 5, 7].item<byte>()));
        Assert.All(Enumerable.Range(0, 3), rgb => Assert.Equal(0, frames[0, rgb, 9, 3].item<byte>()));
    }

    [Fact]
    public void TheGifEnlargesEachCellSetsSequencesApartAndNamesTheRowsAndWhetherAStepWasObservedOrImagined()
    {
        // A MinAtar-sized video: rows of 10 × 10 cells, four sequences, four steps, two of them observed.
        using var frames = randint(0, 256, [4, 3, 30, 40], dtype: ScalarType.Byte);

        var pictures = OpenLoopGif.Frames(frames, context: 2, sequences: 4);

        // Cells of 5 × 5 pixels, 3 pixels between sequences and rows: 44 + 4·(50 + 3) − 3 wide, 14 + 3·(50 + 3) − 3 high.
        Assert.Equal(5, OpenLoopGif.Scale(10, 40));
        Assert.Equal(4, pictures.Count);
        Assert.All(pictures, picture => Assert.Equal((253, 170), (picture.Width, picture.Height)));
        Assert.Equal((253, 170), OpenLoopGif.Size(10, 10, 4));
        foreach (var (x, y, left, top) in new[] { (0, 0, 44, 14), (13, 27, 44 + 53 + 15, 14 + 106 + 35), (39, 29, 44 + 159 + 45, 14 + 106 + 45) })
        {
            Assert.Equal((left, top), OpenLoopGif.CellOrigin(10, 10, 4, x, y));
            var source = (frames[1, 0, y, x].item<byte>() << 16) | (frames[1, 1, y, x].item<byte>() << 8) | frames[1, 2, y, x].item<byte>();
            for (var dy = 0; dy < 5; dy++)
                for (var dx = 0; dx < 5; dx++)
                    Assert.Equal(source, pictures[1].ColorAt(left + dx, top + dy));
        }
        Assert.Equal(0x202020, pictures[1].ColorAt(44 + 51, 30));                     // between sequences 0 and 1
        Assert.Equal(0x202020, pictures[1].ColorAt(60, 14 + 51));                     // between the truth and model rows
        int Ink(RgbFrame picture, int x0, int x1, int y0, int y1) =>
            Enumerable.Range(x0, x1 - x0).Sum(x => Enumerable.Range(y0, y1 - y0).Count(y => picture.ColorAt(x, y) == 0xFFFFFF));
        for (var row = 0; row < 3; row++)
            Assert.True(Ink(pictures[0], 0, OpenLoopGif.LabelWidth, 14 + row * 53, 14 + row * 53 + 50) > 10, $"row {row} has no name");
        Assert.True(Ink(pictures[0], OpenLoopGif.LabelWidth, 253, 0, OpenLoopGif.CaptionHeight) > 10, "the caption is empty");
        var caption = (RgbFrame picture) => Enumerable.Range(0, OpenLoopGif.CaptionHeight).SelectMany(y => Enumerable.Range(0, picture.Width).Select(x => picture.ColorAt(x, y))).ToArray();
        Assert.NotEqual(caption(pictures[1]), caption(pictures[2]));
    }
}
