namespace Dreamer.Host.Tests.Faults;

/// <summary>
/// A fact that needs a folder this process cannot read: skipped, with the reason, where a folder without permissions
/// is still readable (as root) or permissions do not exist (Windows).
/// </summary>
public sealed class UnreadableFolderFactAttribute : FactAttribute
{
    private static readonly Lazy<string?> Problem = new(Probe);

    public UnreadableFolderFactAttribute()
    {
        if (Problem.Value is { } reason) Skip = reason;
    }

    private static string? Probe()
    {
        if (OperatingSystem.IsWindows()) return "Unix permissions are needed";
        var folder = Directory.CreateTempSubdirectory("dreamer-unreadable-").FullName;
        try
        {
            File.SetUnixFileMode(folder, UnixFileMode.None);
            Directory.GetDirectories(folder);
            return "a folder without permissions is still readable by this process (root)";
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
        finally
        {
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            Directory.Delete(folder);
        }
    }
}
