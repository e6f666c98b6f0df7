using Spectre.Console;

namespace Dreamer.Host.Cli;

/// <summary>
/// Checks in a command's <c>Validate()</c>, before anything runs, that an output path can be created: no folder above
/// it is a regular file, and a folder option does not name a file (nor a file option a folder). One line naming the
/// option, the path and the part in the way.
/// </summary>
public static class OutputPath
{
    /// <summary>Refuses <paramref name="path"/>, when given, as a folder to write files into.</summary>
    public static ValidationResult Folder(string option, string? path)
    {
        if (path is null) return ValidationResult.Success();
        var full = Path.GetFullPath(path);
        if (System.IO.File.Exists(full)) return ValidationResult.Error($"{option} {path}: {full} is a file, not a folder");
        return Above(option, path, full);
    }

    /// <summary>Refuses <paramref name="path"/>, when given, as a file to write.</summary>
    public static ValidationResult File(string option, string? path)
    {
        if (path is null) return ValidationResult.Success();
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full)) return ValidationResult.Error($"{option} {path}: {full} is a folder; give a file name");
        return Above(option, path, Path.GetDirectoryName(full));
    }

    private static ValidationResult Above(string option, string path, string? folder)
    {
        for (var current = folder; !string.IsNullOrEmpty(current); current = Path.GetDirectoryName(current))
        {
            if (Directory.Exists(current)) break;
            if (System.IO.File.Exists(current)) return ValidationResult.Error($"{option} {path}: {current} is a file, not a folder");
        }
        return ValidationResult.Success();
    }
}
