using System.Globalization;

namespace Dreamer.Training.Runs;

/// <summary>
/// Holds a run folder for one process: <c>run.lock</c> opened with <see cref="FileShare.None"/>, which .NET turns into
/// an exclusive <c>flock</c> on Unix (a sharing lock on Windows). The kernel drops the lock when the process dies, so
/// the lock file a killed process leaves behind does not block the next one. The holder writes its PID to
/// <c>run.pid</c>, since another .NET process cannot read a file locked this way.
/// </summary>
public sealed class RunFolderLock : IDisposable
{
    private readonly FileStream stream;
    private readonly string holderFile;

    private RunFolderLock(FileStream stream, string holderFile)
    {
        this.stream = stream;
        this.holderFile = holderFile;
    }

    /// <summary>
    /// Takes <paramref name="folder"/> (creating it when absent); throws <see cref="RunFolderInUseException"/>, writing
    /// nothing, when another process holds it. A folder on a read-only or full disk gives the file system's
    /// <see cref="IOException"/>, not an in-use error.
    /// </summary>
    public static RunFolderLock Acquire(RunFolder folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        Directory.CreateDirectory(folder.Root);
        FileStream stream;
        try
        {
            stream = new FileStream(folder.Lock, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException exception) when (exception is not (FileNotFoundException or DirectoryNotFoundException or PathTooLongException)
            && !DiskSpace.IsReadOnly(exception) && !DiskSpace.IsFull(exception))
        {
            throw new RunFolderInUseException(folder.Root, ReadHolder(folder));
        }
        try
        {
            File.WriteAllText(folder.LockHolder, Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        }
        catch
        {
            stream.Dispose();
            throw;
        }
        return new RunFolderLock(stream, folder.LockHolder);
    }

    /// <summary>The PID written by the holder of <paramref name="folder"/>; null when there is none to read.</summary>
    public static int? ReadHolder(RunFolder folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        try
        {
            return int.TryParse(File.ReadAllText(folder.LockHolder).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? pid : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Releases the folder: removes <c>run.pid</c>, then the lock (the lock file stays, so no two processes ever lock different files).</summary>
    public void Dispose()
    {
        try
        {
            File.Delete(holderFile);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
        }
        stream.Dispose();
    }
}
