using Dreamer.Tests.Support;
using Dreamer.Training.Checkpoints;
using Dreamer.Training.Logging;
using Dreamer.Training.Runs;

namespace Dreamer.Host.Tests.Wiring;

/// <summary>
/// A run killed after its last checkpoint, with a replay far smaller than the steps stored on disk, resumes with
/// counters taken from the checkpoint and the files: the step does not go back, no log line is written twice, and the
/// episode counter matches the episode files.
/// </summary>
[Collection(RunsAloneCollection.Name)]
public sealed class ResumeCountersTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("dreamer-counters-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    [Trait(TestCategory.Name, TestCategory.Slow)]
    public void AResumeAfterAKillPastTheCheckpointContinuesFromTheFilesOnDisk()
    {
        var run = new RunFolder(Path.Combine(root, "run"));
        string[] small = ["replay.capacity=40", "replay.minlen=1", "training.eval_every=100000"];
        TrainingHarness.Train(run.Root, TrainingHarness.Load(null, [.. small, "training.steps=200"]));
        var checkpoints = new CheckpointStore(run.Root).Folder;
        var saved = Path.Combine(root, "checkpoints-at-200");
        CopyFolder(checkpoints, saved);
        TrainingHarness.Train(run.Root, TrainingHarness.Load(null, [.. small, "training.steps=300"]));
        var killedAt = RunStatusFile.Read(run.Root)!.Step;
        Directory.Delete(checkpoints, recursive: true);
        CopyFolder(saved, checkpoints);
        RunStatusFile.Write(run.Root, RunStatusFile.Read(run.Root)! with { State = RunState.Running });
        var checkpointStep = CheckpointStore.Load(new CheckpointStore(run.Root).Latest()!).Counters.Step;
        Assert.True(checkpointStep < killedAt, $"the restored checkpoint (step {checkpointStep}) must be older than the kill (step {killedAt})");

        var resumed = TrainingHarness.Train(run.Root, TrainingHarness.Load(null, [.. small, "training.steps=400"]));

        var logSteps = MetricsLog.Read(run.Metrics).Where(record => record.Scalars.ContainsKey("replay/steps")).Select(record => record.Step).ToList();
        Assert.True(logSteps.Zip(logSteps.Skip(1)).All(pair => pair.First < pair.Second), $"log steps do not strictly increase: {string.Join(", ", logSteps)}");
        var files = Directory.GetFiles(run.Episodes, "*.npz");
        Assert.Equal(files.Length, resumed.StoredEpisodes);
        Assert.Equal(files.Length, resumed.Episodes);
        Assert.True(resumed.Step >= 400);
        Assert.Equal(resumed.Episodes, CheckpointStore.Load(new CheckpointStore(run.Root).Latest()!).Counters.Episodes);
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var folder in Directory.EnumerateDirectories(from)) CopyFolder(folder, Path.Combine(to, Path.GetFileName(folder)));
    }
}
