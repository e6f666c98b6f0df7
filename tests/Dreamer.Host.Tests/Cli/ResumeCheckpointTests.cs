using Dreamer.Host.Tests.Wiring;
using Dreamer.Tests.Support;
using Dreamer.Training.Checkpoints;
using Dreamer.Training.Replay;
using Dreamer.Training.Runs;

namespace Dreamer.Host.Tests.Cli;

/// <summary>Fault injection through <c>dreamer resume</c>: what it says about the checkpoint it takes, and when it refuses.</summary>
[Collection(RunsAloneCollection.Name)]
public sealed class ResumeCheckpointTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("dreamer-resume-ckpt-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void ResumeRefusesWithOneLineNamingTheFilesWhenNoCheckpointLoads()
    {
        var folder = new RunFolder(Path.Combine(root, "run"));
        var checkpoints = Path.Combine(folder.Root, "checkpoints");
        Directory.CreateDirectory(checkpoints);
        File.Copy(TrainingHarness.Data("tiny.yaml"), folder.Composition);
        foreach (var name in new[] { "ckpt-000000020", "ckpt-000000040" })
        {
            Directory.CreateDirectory(Path.Combine(checkpoints, name));
            File.WriteAllText(Path.Combine(checkpoints, name, "counters.json"), "{}");
        }
        File.WriteAllText(Path.Combine(checkpoints, "latest"), "ckpt-000000040");

        var (code, output) = CommandLine.Run("resume", folder.Root);

        Assert.Equal(2, code);
        var line = Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(
            $"error: refusing to resume: no checkpoint in {checkpoints} loads: {Path.Combine(checkpoints, "ckpt-000000040", "counters.json")}: it has no Step or Updates; "
                + $"{Path.Combine(checkpoints, "ckpt-000000020", "counters.json")}: it has no Step or Updates",
            line);
    }

    [Fact]
    [Trait(TestCategory.Name, TestCategory.Slow)]
    public void ResumeWithoutLatestAndWithATruncatedEpisodeTakesTheNewestCheckpointAndMovesTheEpisodeAside()
    {
        var folder = TrainedRun();
        var store = new CheckpointStore(folder.Root);
        var newest = Path.GetFileName(store.Latest()!);
        var updates = CheckpointStore.Load(store.Latest()!).Counters.Updates;
        File.Delete(store.PointerPath);
        var episode = Directory.GetFiles(folder.Episodes, "*.npz").Order(StringComparer.Ordinal).First();
        File.WriteAllBytes(episode, File.ReadAllBytes(episode)[..100]);

        var (code, output) = CommandLine.Run("resume", folder.Root);

        Assert.Equal(0, code);
        Assert.Contains($"{store.PointerPath} is missing; taking the newest checkpoint that loads\ntaking {newest}: the newest checkpoint that loads\n", output);
        var moved = Path.Combine(folder.Episodes, EpisodeStore.CorruptFolder, Path.GetFileName(episode));
        var unwrapped = output.Replace("\n", "", StringComparison.Ordinal);
        Assert.Contains($"warning: {episode} is not a readable episode (", unwrapped);
        Assert.Contains($"moved it to {moved}", unwrapped);
        Assert.True(File.Exists(moved));
        Assert.DoesNotContain("no checkpoint yet", output);
        Assert.True(CheckpointStore.Load(store.Latest()!).Counters.Updates >= updates);
    }

    [Fact]
    [Trait(TestCategory.Name, TestCategory.Slow)]
    public void ResumeRefusesAnEpisodeOfAnotherShapeNamingTheFile()
    {
        var folder = TrainedRun();
        var episode = Directory.GetFiles(folder.Episodes, "*.npz").Order(StringComparer.Ordinal).First();
        var good = EpisodeFile.Read(episode);
        EpisodeFile.Write(episode, new Episode([1, 3, 3], new byte[good.Rows * 9], good.ActionSize, good.Actions, good.Rewards, good.Discounts, good.IsFirst, good.IsLast, good.IsTerminal));

        var (code, output) = CommandLine.Run("resume", folder.Root);

        Assert.Equal(2, code);
        Assert.Contains($"error: {episode}: it holds observations of shape [1, 3, 3] and {good.ActionSize} actions; this run's agent takes [", output);
        Assert.True(File.Exists(episode));
    }

    [Fact]
    [Trait(TestCategory.Name, TestCategory.Slow)]
    public void ResumeWithAFileOfAnotherArchitectureRefusesBeforeTrainingNamingTheTensor()
    {
        var folder = TrainedRun();
        var checkpoints = new CheckpointStore(folder.Root);
        var updates = CheckpointStore.Load(checkpoints.Latest()!).Counters.Updates;
        var steps = RunStatusFile.Read(folder.Root)!.Step;

        var (code, output) = CommandLine.Run("resume", folder.Root, folder.Composition, "--set", "dynamics.with.deter=24", "--use", "file");

        Assert.Equal(2, code);
        var line = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Last();
        Assert.StartsWith($"error: refusing to resume: no checkpoint in {checkpoints.Folder} loads: ", line, StringComparison.Ordinal);
        Assert.Contains("has shape [", line, StringComparison.Ordinal);
        Assert.Contains("it was written by another composition.", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("training on", output, StringComparison.Ordinal);
        Assert.Equal(updates, CheckpointStore.Load(checkpoints.Latest()!).Counters.Updates);
        Assert.Equal(steps, RunStatusFile.Read(folder.Root)!.Step);
    }

    private RunFolder TrainedRun()
    {
        var folder = new RunFolder(Path.Combine(root, "run"));
        TrainingHarness.Train(folder.Root, TrainingHarness.Load(null, "training.steps=130", "training.checkpoint_every=10", "training.eval_every=100000"));
        return folder;
    }
}
