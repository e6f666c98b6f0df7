using Dreamer.Host.Tests.Cli;
using Dreamer.Host.Tests.Wiring;
using Dreamer.Tests.Support;
using Dreamer.Training.Runs;

namespace Dreamer.Host.Tests.Faults;

/// <summary><c>dreamer train --run-dir</c> and <c>dreamer resume</c> on a read-only disk refuse in one line with exit code 2, before anything trains.</summary>
[Trait(TestCategory.Name, TestCategory.Slow)]
public sealed class ReadOnlyDiskTests
{
    [TmpfsFact]
    public void TrainIntoAFolderOnAReadOnlyDiskIsRefusedInOneLine()
    {
        using var disk = TmpfsMount.Create(kilobytes: 256, readOnly: true);
        var run = Path.Combine(disk.Path, "run");

        var (code, output) = CommandLine.Run("train", TrainingHarness.Data("tiny.yaml"), "--run-dir", run);

        Assert.True(code == 2, $"exit code {code}: {output}");
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        var line = Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal($"error: cannot write the run folder {run}: the disk is read-only: could not write {run}", line);
        Assert.False(Directory.Exists(run));
    }

    [TmpfsFact]
    public void ResumeOfARunFolderOnAReadOnlyDiskIsRefusedInOneLine()
    {
        using var disk = TmpfsMount.Create(kilobytes: 256);
        var folder = new RunFolder(Path.Combine(disk.Path, "run"));
        Directory.CreateDirectory(folder.Root);
        File.Copy(TrainingHarness.Data("tiny.yaml"), folder.Composition);
        RunStatusFile.Write(folder.Root, new RunStatus(RunState.Stopped, 10, 400, 2, null, "stopped"));
        disk.Remount(kilobytes: 256, readOnly: true);

        var (code, output) = CommandLine.Run("resume", folder.Root);

        Assert.True(code == 2, $"exit code {code}: {output}");
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        var line = Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal($"error: cannot write the run folder {folder.Root}: the disk is read-only: could not write {folder.Lock}", line);
        Assert.Equal(RunState.Stopped, RunStatusFile.Read(folder.Root)!.State);
    }
}
