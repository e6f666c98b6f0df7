using System.Globalization;

namespace Dreamer.Training.Runs;

/// <summary>
/// Recognises the file-system failures a user fixes outside Dreamer — a full disk (<c>ENOSPC</c>) and a read-only one
/// (<c>EROFS</c>) — and measures the free space of the file system that holds a path, for messages.
/// </summary>
public static class DiskSpace
{
    private const int UnixNoSpace = 28;
    private const int UnixReadOnly = 30;
    private const int WindowsDiskFull = 112;
    private const int WindowsHandleDiskFull = 39;
    private const int WindowsWriteProtect = 19;

    /// <summary>True when <paramref name="exception"/> (or an exception inside it) says the disk is full.</summary>
    public static bool IsFull(Exception? exception) => Find(exception, io =>
        io is DiskFullException
        || (OperatingSystem.IsWindows() ? Code(io) is WindowsDiskFull or WindowsHandleDiskFull : Code(io) == UnixNoSpace)
        || io.Message.Contains("No space left on device", StringComparison.OrdinalIgnoreCase));

    /// <summary>True when <paramref name="exception"/> (or an exception inside it) says the file system is read-only.</summary>
    public static bool IsReadOnly(Exception? exception) => Find(exception, io =>
        (OperatingSystem.IsWindows() ? Code(io) == WindowsWriteProtect : Code(io) == UnixReadOnly)
        || io.Message.Contains("Read-only file system", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The mount point and free bytes (for an unprivileged user) of the file system that holds <paramref name="path"/>,
    /// or of its nearest existing parent; null when they cannot be read.
    /// </summary>
    public static (string Mount, long FreeBytes)? Free(string path)
    {
        try
        {
            var full = Path.GetFullPath(path);
            var drive = DriveInfo.GetDrives()
                .Where(candidate => IsUnder(full, candidate.RootDirectory.FullName))
                .MaxBy(candidate => candidate.RootDirectory.FullName.Length);
            return drive is null ? null : (Path.TrimEndingDirectorySeparator(drive.RootDirectory.FullName), drive.AvailableFreeSpace);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary><paramref name="bytes"/> for people: <c>312 KB</c>, <c>1.4 MB</c>, <c>2.1 GB</c> (powers of 1,024).</summary>
    public static string Format(long bytes)
    {
        const double kilo = 1024;
        if (bytes < kilo * kilo) return string.Create(CultureInfo.InvariantCulture, $"{Math.Max(1, Math.Ceiling(bytes / kilo)):0} KB");
        if (bytes < kilo * kilo * kilo) return string.Create(CultureInfo.InvariantCulture, $"{bytes / (kilo * kilo):0.0} MB");
        return string.Create(CultureInfo.InvariantCulture, $"{bytes / (kilo * kilo * kilo):0.0} GB");
    }

    /// <summary>" (needs about N, M free on MOUNT)" for a write of <paramref name="neededBytes"/> into <paramref name="path"/>.</summary>
    public static string Needs(string path, long neededBytes)
    {
        var free = Free(path);
        return free is null
            ? $"needs about {Format(neededBytes)}"
            : $"needs about {Format(neededBytes)}, {Format(free.Value.FreeBytes)} free on {free.Value.Mount}";
    }

    private static bool IsUnder(string path, string root)
    {
        var folder = root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar;
        return (path + Path.DirectorySeparatorChar).StartsWith(folder, StringComparison.Ordinal);
    }

    private static int Code(IOException exception) => exception.HResult & 0xFFFF;

    private static bool Find(Exception? exception, Func<IOException, bool> test)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is IOException io && test(io)) return true;
        }
        return false;
    }
}
