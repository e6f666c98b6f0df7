using Dreamer.Abstractions.Environments;
using Dreamer.Environments.MinAtar.Tests.Wrappers;
using Dreamer.Environments.Rollout;

namespace Dreamer.Environments.MinAtar.Tests.Rollout;

/// <summary>The random rollout runner, its summary, the frame renderer and the episode recorder.</summary>
public sealed class RolloutTests
{
    [Fact]
    public void TheSummaryComputesMeanStandardErrorAndLengths()
    {
        var summary = new RolloutSummary([1, 2, 3, 4], [10, 20, 30, 60], TimeSpan.FromSeconds(2));
        Assert.Equal(2.5, summary.MeanReturn);
        Assert.Equal(Math.Sqrt(5.0 / 3.0 / 4.0), summary.ReturnStandardError, 12);
        Assert.Equal((30.0, 10, 60, 120L), (summary.MeanLength, summary.MinLength, summary.MaxLength, summary.TotalSteps));
        Assert.Equal(60, summary.StepsPerSecond, 9);
        Assert.Equal("episodes 4  return 2.500 ± 0.645  length 30.0 [10, 60]  steps 120  60 steps/s", summary.Format());
    }

    [Fact]
    public void TheRunnerPlaysWholeEpisodesWithAUniformPolicy()
    {
        var environment = new ScriptedEnvironment(3, 5);
        var progress = new List<int>();
        var summary = RolloutRunner.Run(environment, 600, seed: 1, progress.Add);
        Assert.Equal(Enumerable.Range(1, 600), progress);
        Assert.All(summary.Lengths, length => Assert.Equal(5, length));
        Assert.Equal(3000, environment.Received.Count);
        var counts = environment.Received.GroupBy(action => action).OrderBy(group => group.Key).Select(group => group.Count()).ToArray();
        Assert.Equal(3, counts.Length);
        Assert.All(counts, count => Assert.InRange(count, 900, 1100));
        Assert.InRange(summary.MeanReturn, 9.5, 10.5);
        Assert.True(summary.StepsPerSecond > 0);
    }

    [Fact]
    public void EqualSeedsGiveEqualRollouts()
    {
        using var first = Play.Create("asterix", new MinAtarOptions(), seed: 4);
        using var second = Play.Create("asterix", new MinAtarOptions(), seed: 4);
        var a = RolloutRunner.Run(first, 30, seed: 9);
        var b = RolloutRunner.Run(second, 30, seed: 9);
        Assert.Equal(a.Returns, b.Returns);
        Assert.Equal(a.Lengths, b.Lengths);
    }

    [Fact]
    public void TheRendererColoursEachCellByItsHighestActiveChannel()
    {
        var renderer = new FrameRenderer(new BoxSpace([2, 1, 3], ElementType.UInt8, 0, 1), 2, [10, 20, 30, 40, 50, 60]);
        var frame = renderer.Render(Observation.FromBytes(new byte[] { 1, 0, 1, 0, 0, 1 }));
        Assert.Equal((6, 2), (frame.Width, frame.Height));
        Assert.Equal([0x0A141E, 0x0A141E, 0, 0, 0x28323C, 0x28323C], Enumerable.Range(0, 6).Select(x => frame.ColorAt(x, 1)));
    }

    [Fact]
    public void TheRecorderKeepsTheResetFrameAndCapsFrames()
    {
        using var environment = Play.Create("freeway");
        var renderer = new FrameRenderer((BoxSpace)environment.ObservationSpace, 16, ChannelPalette.Cubehelix(7));
        var episode = EpisodeRecorder.Record(environment, renderer, seed: 1, maxFrames: 40);
        Assert.Equal(2501, episode.Length);
        Assert.Equal(40, episode.Frames.Count);
        Assert.All(episode.Frames, frame => Assert.Equal((160, 160), (frame.Width, frame.Height)));
        var path = Path.Combine(Path.GetTempPath(), $"minatar-{Guid.NewGuid():N}.gif");
        try
        {
            episode.SaveGif(path);
            var gif = GifDecoder.Decode(File.ReadAllBytes(path));
            Assert.Equal(40, gif.Frames.Count);
            Assert.True(gif.EndsWithTrailer);
            Assert.Equal(episode.Frames[^1].ColorAt(4 * 16, 9 * 16), gif.Frames[^1][9 * 16 * 160 + 4 * 16]);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
