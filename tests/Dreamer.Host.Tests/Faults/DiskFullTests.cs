using System.Text.RegularExpressions;
using Dreamer.Host.Tests.Cli;
using Dreamer.Host.Tests.Wiring;
using Dreamer.Tests.Support;
using Dreamer.Training.Checkpoints;
using Dreamer.Training.Runs;
using Xunit.Abstractions;

namespace Dreamer.Host.Tests.Faults;

/// <summary>
/// A real <c>dreamer train</c> and <c>resume</c> into a run folder on a small tmpfs whose disk fills: during a checkpoint
/// write and during an episode write. Each ends with one error line (what could not be written, about how much it
/// needs, what is free, how to continue), exit code 2 and status <c>failed</c>; no partial file stays, and once the
/// filler is removed <c>dreamer resume</c> continues from the newest checkpoint with every stored episode.
/// </summary>
[Trait(TestCategory.Name, TestCategory.Slow)]
[Collection(RunsAloneCollection.Name)]
public sealed class DiskFullTests(ITestOutputHelper log)
{
    /// <summary>
    /// The grid composition's checkpoints take about 1.1 MB and its episodes a few KB each: 1.6 MB free hold the
    /// episodes and the first checkpoint (at 10 updates), not the second (at 20).
    /// </summary>
    [TmpfsFact]
    public void ADiskThatFillsDuringACheckpointFailsInOneLineAndTheRunResumesOnceSpaceIsFreed()
    {
        using var disk = TmpfsMount.Create(kilobytes: 8 * 1024);
        var run = Path.Combine(disk.Path, "run");
        var filler = disk.Fill(leaveBytes: 1600 * 1024);

        var (code, output) = CommandLine.Run("train", DiskRun.Data("grid.yaml"), "--run-dir", run, "--threads", "1");

        Assert.True(code == 2, $"exit code {code}: {output}");
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        var line = Assert.Single(DiskRun.ErrorLines(output));
        log.WriteLine(line);
        var checkpoints = Path.Combine(run, "checkpoints");
        Assert.Matches(
            "^error: no space left on device: could not write checkpoint " + Regex.Escape(Path.Combine(checkpoints, "ckpt-000000020"))
                + @" \(needs about [0-9.]+ (KB|MB), [0-9]+ KB free on " + Regex.Escape(disk.Path) + @"\); free space, then continue with: dreamer resume "
                + Regex.Escape(run) + "$",
            line);
        var (needed, free) = DiskRun.Figures(line);
        var written = Directory.GetFiles(Path.Combine(checkpoints, "ckpt-000000010")).Sum(file => new FileInfo(file).Length);
        Assert.InRange(needed, written * 0.9, written * 1.1);
        Assert.True(free < needed, line);
        var status = RunStatusFile.Read(run)!;
        Assert.Equal(RunState.Failed, status.State);
        Assert.StartsWith($"no space left on device: could not write checkpoint {Path.Combine(checkpoints, "ckpt-000000020")} (needs about ", status.Message, StringComparison.Ordinal);
        Assert.Empty(DiskRun.Partials(run));
        Assert.Equal(["ckpt-000000010"], new CheckpointStore(run).Complete().Select(Path.GetFileName));
        var saved = DiskRun.Latest(run);
        var episodes = DiskRun.Episodes(run);
        Assert.NotEmpty(episodes);

        File.Delete(filler);
        var (resumed, resumeOutput) = CommandLine.Run("resume", run, "--threads", "1");

        Assert.True(resumed == 0, $"exit code {resumed}: {resumeOutput}");
        Assert.Contains("taking ckpt-000000010", resumeOutput, StringComparison.Ordinal);
        Assert.Equal(RunState.Finished, RunStatusFile.Read(run)!.State);
        AssertContinued(run, saved, status, episodes);
    }

    /// <summary>
    /// The tiny composition's 64×64 episodes take 50 KB and more (12 steps at least); 40 KB free, after a finished
    /// run with its checkpoint, hold the small files a resume writes first, not its first episode.
    /// </summary>
    [TmpfsFact]
    public void ADiskThatFillsDuringAnEpisodeWriteFailsInOneLineAndTheRunResumesOnceSpaceIsFreed()
    {
        using var disk = TmpfsMount.Create(kilobytes: 4 * 1024);
        var run = Path.Combine(disk.Path, "run");
        string[] quiet = ["--set", "training.eval_episodes=0", "--set", "training.log_every=100000", "--set", "training.checkpoint_every=100000", "--set", "replay.minlen=12", "--set", "training.train_every=5"];
        var (trained, trainOutput) = CommandLine.Run(["train", TrainingHarness.Data("tiny.yaml"), "--run-dir", run, "--steps", "120", "--threads", "1", .. quiet]);
        Assert.True(trained == 0, $"exit code {trained}: {trainOutput}");
        var saved = DiskRun.Latest(run);
        var before = DiskRun.Episodes(run);
        var filler = disk.Fill(leaveBytes: 40 * 1024);

        var (code, output) = CommandLine.Run("resume", run, "--set", "training.steps=250", "--threads", "1");

        Assert.True(code == 2, $"exit code {code}: {output}");
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        var line = Assert.Single(DiskRun.ErrorLines(output));
        log.WriteLine(line);
        var episodes = Path.Combine(run, "episodes");
        var pattern = "could not write episode " + Regex.Escape(episodes + Path.DirectorySeparatorChar) + $"{before.Count:D6}" + @"-[0-9]+\.npz \(needs about [0-9]+ KB, [0-9]+ KB free on "
            + Regex.Escape(disk.Path) + @"\)";
        Assert.Matches($"^error: no space left on device: {pattern}; free space, then continue with: dreamer resume {Regex.Escape(run)}$", line);
        var (needed, free) = DiskRun.Figures(line);
        Assert.True(free < needed && needed > 50 * 1024, line);
        var status = RunStatusFile.Read(run)!;
        Assert.Equal(RunState.Failed, status.State);
        Assert.Matches($"^no space left on device: {pattern}$", status.Message);
        Assert.Empty(DiskRun.Partials(run));
        Assert.Equal(before.Keys, DiskRun.Episodes(run).Keys);

        File.Delete(filler);
        var (resumed, resumeOutput) = CommandLine.Run("resume", run, "--threads", "1");

        Assert.True(resumed == 0, $"exit code {resumed}: {resumeOutput}");
        Assert.Equal(RunState.Finished, RunStatusFile.Read(run)!.State);
        AssertContinued(run, saved, status, before);
        Assert.True(DiskRun.Latest(run).Step >= 250);
    }

    /// <summary>The resumed run went on from <paramref name="saved"/>: counters never went back, and every episode stored before the failure is still on disk, unchanged, with the new ones after it.</summary>
    private static void AssertContinued(string run, TrainingCounters saved, RunStatus failed, IReadOnlyDictionary<string, Dreamer.Training.Replay.Episode> before)
    {
        var final = DiskRun.Latest(run);
        Assert.True(final.Updates > saved.Updates, $"updates {final.Updates} after {saved.Updates}");
        Assert.True(final.Step >= Math.Max(saved.Step, failed.Step), $"step {final.Step} after {saved.Step} (checkpoint) and {failed.Step} (failure)");
        Assert.True(final.Episodes >= saved.Episodes && final.StoredEpisodes >= before.Count);
        var after = DiskRun.Episodes(run);
        foreach (var (name, episode) in before)
        {
            Assert.True(after.TryGetValue(name, out var kept), $"{name} is gone after the resume");
            Assert.Equal(episode.Observations, kept.Observations);
        }
        Assert.Equal(Enumerable.Range(0, after.Count).Select(index => $"{index:D6}"), after.Keys.Select(name => name[..6]));
    }
}
