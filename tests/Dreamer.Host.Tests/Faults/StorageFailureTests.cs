using System.Text.RegularExpressions;
using Dreamer.Host.Cli;
using Dreamer.Tests.Support;
using Dreamer.Training.Replay;
using Dreamer.Training.Runs;

namespace Dreamer.Host.Tests.Faults;

/// <summary>
/// The errors a real full or read-only tmpfs gives are recognised (by the errno, not only the text) and described in one
/// line naming the file; an episode that does not fit leaves no partial file.
/// </summary>
[Trait(TestCategory.Name, TestCategory.Slow)]
public sealed class StorageFailureTests
{
    [TmpfsFact]
    public void AWriteToAFullDiskIsRecognisedByItsErrnoAndNamesTheFileAndTheFreeSpace()
    {
        using var disk = TmpfsMount.Create(kilobytes: 64);
        var path = Path.Combine(disk.Path, "big.bin");

        var exception = Assert.ThrowsAny<IOException>(() => File.WriteAllBytes(path, new byte[256 * 1024]));

        Assert.True(DiskSpace.IsFull(exception), exception.ToString());
        Assert.True(OperatingSystem.IsWindows() || (exception.HResult & 0xFFFF) == 28, $"HResult {exception.HResult}");
        Assert.Matches($"^no space left on device: could not write {Regex.Escape(path)} \\([0-9]+ KB free on {Regex.Escape(disk.Path)}\\)$", StorageFailure.Describe(exception));
    }

    [TmpfsFact]
    public void AnEpisodeThatDoesNotFitLeavesNoPartialFileAndSaysWhatItNeeds()
    {
        using var disk = TmpfsMount.Create(kilobytes: 64);
        var path = Path.Combine(disk.Path, "000000-40.npz");
        var rows = 41;
        var episode = new Episode([1, 64, 64], new byte[rows * 64 * 64], 1, new float[rows], new float[rows], Enumerable.Repeat(1f, rows).ToArray(),
            [true, .. new bool[rows - 1]], [.. new bool[rows - 1], true], [.. new bool[rows - 1], true]);

        var exception = Assert.Throws<DiskFullException>(() => EpisodeFile.Write(path, episode));

        Assert.Matches($"^no space left on device: could not write episode {Regex.Escape(path)} \\(needs about 16[0-9] KB, [0-9]+ KB free on {Regex.Escape(disk.Path)}\\)$", exception.Message);
        Assert.Empty(Directory.GetFiles(disk.Path));
    }

    [TmpfsFact]
    public void AWriteToAReadOnlyDiskIsRecognisedAndNamesTheFile()
    {
        using var disk = TmpfsMount.Create(kilobytes: 64, readOnly: true);
        var path = Path.Combine(disk.Path, "status.json");

        var exception = Assert.ThrowsAny<IOException>(() => File.WriteAllText(path, "{}"));

        Assert.True(DiskSpace.IsReadOnly(exception), exception.ToString());
        Assert.Equal($"the disk is read-only: could not write {path}", StorageFailure.Describe(exception));
    }
}
