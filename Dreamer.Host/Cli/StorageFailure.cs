using Dreamer.Training.Runs;

namespace Dreamer.Host.Cli;

/// <summary>
/// How commands report a file or folder that cannot be written or read: a full disk (what could not be written and
/// about how much space it needs, <see cref="DiskFullException"/>), a read-only disk, a path through a regular file,
/// a folder without permission. One line, exit code <see cref="ExitCodes.InvalidInput"/>: like bad input, the user
/// fixes it outside Dreamer (frees space, mounts the disk read-write, gives another path) and runs the command again.
/// </summary>
public static class StorageFailure
{
    /// <summary>True for the exceptions of the file system: <see cref="IOException"/> and <see cref="UnauthorizedAccessException"/>.</summary>
    public static bool Is(Exception exception) => exception is IOException or UnauthorizedAccessException;

    /// <summary>The one line (without <c>error:</c>) that says what failed.</summary>
    public static string Describe(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (exception is DiskFullException) return exception.Message;
        if (DiskSpace.IsFull(exception)) return $"no space left on device: {exception.Message}";
        if (DiskSpace.IsReadOnly(exception)) return $"the disk is read-only: {exception.Message}";
        return exception.Message;
    }

    /// <summary>Prints the line on <paramref name="output"/> and returns <see cref="ExitCodes.InvalidInput"/>.</summary>
    public static int Report(TextWriter output, Exception exception, string? advice = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine($"error: {Describe(exception)}{(advice is null ? "" : "; " + advice)}");
        return ExitCodes.InvalidInput;
    }
}
