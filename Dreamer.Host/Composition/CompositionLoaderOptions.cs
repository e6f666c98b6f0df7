namespace Dreamer.Host.Composition;

/// <summary>
/// Where presets named by <c>extends:</c> are found and how file names appear in errors and sources.
/// </summary>
public sealed record CompositionLoaderOptions
{
    /// <summary>The folder a bare preset name resolves in (<c>extends: atari</c> → <c>atari.yaml</c> there); null when none.</summary>
    public string? PresetsFolder { get; init; } = FindPresetsFolder();

    /// <summary>File names in errors and sources are shown relative to this folder.</summary>
    public string DisplayRoot { get; init; } = Directory.GetCurrentDirectory();

    /// <summary>The size, node and nesting limits every file is read under.</summary>
    public CompositionLimits Limits { get; init; } = CompositionLimits.Default;

    /// <summary>
    /// The first <c>compositions</c> folder found walking up from the current directory, then from the executable's
    /// folder; null when there is none.
    /// </summary>
    public static string? FindPresetsFolder()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                var candidate = Path.Combine(folder.FullName, "compositions");
                if (Directory.Exists(candidate)) return candidate;
            }
        }
        return null;
    }

    /// <summary><paramref name="fullPath"/> as errors show it: relative to <see cref="DisplayRoot"/>, with forward slashes.</summary>
    public string Display(string fullPath) => Path.GetRelativePath(DisplayRoot, fullPath).Replace('\\', '/');
}
