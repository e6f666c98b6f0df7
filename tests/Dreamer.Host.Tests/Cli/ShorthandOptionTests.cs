using Dreamer.Host.Cli;

namespace Dreamer.Host.Tests.Cli;

/// <summary>
/// The shorthand options of <c>train</c> and <c>resume</c> are overrides of the composition, after the <c>--set</c>
/// ones, so <c>resolved.yaml</c> records them; <c>resume RUN --set</c> without a file changes the run's composition.
/// </summary>
public sealed class ShorthandOptionTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("dreamer-shorthand-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void TrainShorthandsBecomeTrainingOverrides()
    {
        var settings = new TrainSettings { Set = ["training.batch=4"], Device = "cuda", Threads = 2, Seed = 3, Steps = 1000 };

        Assert.Equal(["training.batch=4", "training.device=cuda", "training.threads=2", "training.seed=3", "training.steps=1000"], settings.Overrides());
    }

    [Fact]
    public void ResumeDeviceBecomesATrainingOverride()
    {
        var settings = new ResumeSettings { RunDir = "runs/r", Set = ["training.steps=10"], Device = "cuda:1" };

        Assert.Equal(["training.steps=10", "training.device=cuda:1"], settings.Overrides());
    }

    [Fact]
    public void ResumeAppliesSetWithoutAFileToTheRunsComposition()
    {
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Wiring", "Data", "tiny.yaml"), Path.Combine(root, "resolved.yaml"));

        var (exit, output) = CommandLine.Run("resume", root, "--set", "training.steps=0");

        Assert.True(exit == 2, $"exit code {exit}: {output}");
        Assert.Contains("training.steps", output, StringComparison.Ordinal);
    }
}
