using System.Text.Json;
using Dreamer.Host.Tests.Cli;
using Dreamer.Tests.Support;

namespace Dreamer.Host.Tests.Wiring;

/// <summary>
/// <c>dreamer openloop RUN --step N</c> measures the kept checkpoint's world model on sequences of its own greedy
/// episodes and writes the counts per grid channel and step; a run that does not observe a binary grid is refused.
/// </summary>
[Collection(RunsAloneCollection.Name)]
public sealed class OpenLoopCommandTests : IDisposable
{
    private static readonly string[] Grid =
    [
        "environment.with.view=grid", "encoder.with.stride=1", "encoder.with.kernels=[3, 3, 3]", "decoder.type=decoder.grid",
        "decoder.with.kernels=[3, 3, 3]", "world_model.observation_scale=binary", "training.steps=200",
        "training.eval_every=100000", "training.keep_checkpoints=[200]",
    ];

    private readonly string root = Directory.CreateTempSubdirectory("dreamer-openloop-test-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    [Trait(TestCategory.Name, TestCategory.Slow)]
    public void ItCountsEveryBreakoutChannelOverTheObservedAndImaginedStepsOfEachSequence()
    {
        var run = Path.Combine(root, "grid");
        TrainingHarness.Train(run, TrainingHarness.Load(null, Grid));

        var (code, output) = CommandLine.Run("openloop", run, "--step", "200", "--episodes", "3", "--sequences", "20", "--context", "2", "--horizon", "3");

        Assert.True(code == 0, output);
        var json = Path.Combine(run, "eval", "openloop-step-200.json");
        Assert.Contains($"wrote {json}", output);
        using var result = JsonDocument.Parse(File.ReadAllText(json));
        var top = result.RootElement;
        Assert.Equal((200, 20, 2, 3), (top.GetProperty("step").GetInt64(), top.GetProperty("sequences").GetInt32(), top.GetProperty("context").GetInt32(), top.GetProperty("horizon").GetInt32()));
        var channels = top.GetProperty("channels").EnumerateArray().ToList();
        Assert.Equal(4, channels.Count);
        // Breakout shows one paddle cell in every frame (minatar.md §2): 20 sequences × 2 observed and × 3 imagined steps.
        Assert.Equal(40, channels[0].GetProperty("observed").GetProperty("truth").GetInt64());
        Assert.Equal(60, channels[0].GetProperty("imagined").GetProperty("truth").GetInt64());
        foreach (var channel in channels)
        {
            var imagined = channel.GetProperty("imagined");
            var byStep = channel.GetProperty("imagined_by_step").EnumerateArray().ToList();
            Assert.Equal(3, byStep.Count);
            foreach (var key in new[] { "truth", "predicted", "hit" })
                Assert.Equal(imagined.GetProperty(key).GetInt64(), byStep.Sum(step => step.GetProperty(key).GetInt64()));
            Assert.True(imagined.GetProperty("hit").GetInt64() <= Math.Min(imagined.GetProperty("truth").GetInt64(), imagined.GetProperty("predicted").GetInt64()));
        }
        Assert.Contains("recall of every channel by imagined step (20 sequences): 1: ", output);
    }

    [Fact]
    [Trait(TestCategory.Name, TestCategory.Slow)]
    public void ARunOfImagesIsRefusedInOneLine()
    {
        var run = Path.Combine(root, "image");
        TrainingHarness.Train(run, TrainingHarness.Load(null, "training.steps=120", "training.eval_every=100000"));

        var (code, output) = CommandLine.Run("openloop", run, "--episodes", "1", "--sequences", "2");

        Assert.Equal(2, code);
        Assert.Contains("openloop counts the cells of binary grids (uint8 [C, H, W] observations with world_model.observation_scale: binary", output);
        Assert.Contains("with observation_scale image.", output);
    }
}
