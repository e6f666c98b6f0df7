using System.Text.RegularExpressions;
using Dreamer.Training.Runs;

namespace Dreamer.Host.Cli;

/// <summary>
/// How commands report a file or folder that cannot be written or read: a full disk (what could not be written and
/// about how much space it needs, <see cref="DiskFullException"/>), a read-only disk, a path through a regular file,
/// a folder without permission. One line, exit code <see cref="ExitCodes.InvalidInput"/>: like bad input, the user
/// fixes it outside Dreamer (frees space, mounts the disk read-write, gives another path) and runs the command again.
/// </summary>
public static partial class StorageFailure
{
    /// <summary>True for the exceptions of the file system: <see cref="IOException"/> and <see cref="UnauthorizedAccessException"/>.</summary>
    public static bool Is(Exception exception) => exception is IOException or UnauthorizedAccessException;

    /// <summary>The one line (without <c>error:</c>) that says what failed.</summary>
    public static string Describe(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (exception is DiskFullException) return exception.Message;
        var path = QuotedPath(exception.Message);
        if (DiskSpace.IsFull(exception))
        {
            if (path is null) return $"no space left on device ({exception.Message})";
            var free = DiskSpace.Free(path);
            return $"no space left on device: could not write {path}{(free is null ? "" : $" ({DiskSpace.Format(free.Value.FreeBytes)} free on {free.Value.Mount})")}";
        }
        if (DiskSpace.IsReadOnly(exception)) return path is null ? $"the disk is read-only ({exception.Message})" : $"the disk is read-only: could not write {path}";
        return exception.Message;
    }

    /// <summary>The path .NET quotes at the end of a file-system message (<c>No space left on device : '/run/x'</c>), or null.</summary>
    private static string? QuotedPath(string message)
    {
        var match = QuotedPathPattern().Match(message);
        return match.Success ? match.Groups["path"].Value : null;
    }

    [GeneratedRegex(@"'(?<path>[^']+)'\.?$")]
    private static partial Regex QuotedPathPattern();

    /// <summary>Prints the line on <paramref name="output"/> and returns <see cref="ExitCodes.InvalidInput"/>.</summary>
    public static int Report(TextWriter output, Exception exception, string? advice = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine($"error: {Describe(exception)}{(advice is null ? "" : "; " + advice)}");
        return ExitCodes.InvalidInput;
    }
}
