using Dreamer.Training.Runs;

namespace Dreamer.Host.Tests.Wiring;

/// <summary>The run folder lock inside one process: a second hold is refused with the holder's PID, and a released folder can be taken again.</summary>
public sealed class RunFolderLockTests : IDisposable
{
    private readonly RunFolder folder = new(Path.Combine(Directory.CreateTempSubdirectory("dreamer-lock-").FullName, "run"));

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(folder.Root)!, recursive: true);

    [Fact]
    public void ASecondHoldIsRefusedWithTheHoldersPidUntilTheFirstIsReleased()
    {
        using (RunFolderLock.Acquire(folder))
        {
            var refused = Assert.Throws<RunFolderInUseException>(() => RunFolderLock.Acquire(folder));
            Assert.Equal(Environment.ProcessId, refused.Holder);
            Assert.Contains($"process {Environment.ProcessId}", refused.Message);
        }
        Assert.False(File.Exists(folder.LockHolder));
        using var again = RunFolderLock.Acquire(folder);
        Assert.Equal(Environment.ProcessId, RunFolderLock.ReadHolder(folder));
    }

    [Fact]
    public void ALockFileLeftBehindDoesNotBlock()
    {
        Directory.CreateDirectory(folder.Root);
        File.WriteAllText(folder.Lock, "");
        File.WriteAllText(folder.LockHolder, "999999");
        using var held = RunFolderLock.Acquire(folder);
        Assert.Equal(Environment.ProcessId, RunFolderLock.ReadHolder(folder));
    }
}
