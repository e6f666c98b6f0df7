namespace Dreamer.Host.Plugins;

/// <summary>
/// Finds plugins on disk. A plugin folder holds one plugin: <c>NAME.dll</c> where NAME is the folder's name, or the
/// <c>NAME.dll</c> next to the folder's only <c>NAME.deps.json</c> (a plugin's build output). A folder that is not a
/// plugin folder is scanned one level down, so both <c>plugins/</c> and <c>plugins/MyPlugin/</c> may be given.
/// </summary>
internal static class PluginFolders
{
    private const string DepsSuffix = ".deps.json";

    /// <summary>
    /// The plugins in <paramref name="folders"/>, and a problem for each folder that holds none, is a regular file or
    /// cannot be read.
    /// </summary>
    public static (IReadOnlyList<PluginCandidate> Candidates, IReadOnlyList<string> Problems) Scan(IEnumerable<string> folders)
    {
        var candidates = new List<PluginCandidate>();
        var problems = new List<string>();
        foreach (var folder in folders.Select(Path.GetFullPath).Select(Path.TrimEndingDirectorySeparator).Distinct(StringComparer.Ordinal))
        {
            if (File.Exists(folder))
            {
                problems.Add($"Plugin folder '{folder}' is a file, not a folder. Fix: give the folder that holds the plugin's NAME.dll and NAME.deps.json.");
                continue;
            }
            if (!Directory.Exists(folder))
            {
                problems.Add($"Plugin folder '{folder}' does not exist. Fix: build the plugin, or correct the folder's path.");
                continue;
            }
            IReadOnlyList<PluginCandidate> found;
            try
            {
                found = InFolder(folder);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                problems.Add($"Plugin folder '{folder}' cannot be read ({exception.Message}). Fix: give the user that runs dreamer read access to it.");
                continue;
            }
            if (found.Count == 0)
            {
                problems.Add(
                    $"Plugin folder '{folder}' holds no plugin. Fix: give a folder that holds NAME.dll with its NAME.deps.json " +
                    "(a plugin's build output), or a folder of such folders.");
            }
            candidates.AddRange(found);
        }
        var distinct = candidates.DistinctBy(candidate => candidate.AssemblyPath, StringComparer.Ordinal).ToList();
        problems.AddRange(distinct
            .GroupBy(candidate => candidate.Name, StringComparer.OrdinalIgnoreCase)
            .Where(group => group.Count() > 1)
            .Select(group =>
                $"Plugin '{group.Key}' is found in more than one folder: {string.Join(", ", group.Select(candidate => $"'{candidate.Folder}'"))}. " +
                "Fix: give only one of these folders."));
        return (distinct, problems);
    }

    private static IReadOnlyList<PluginCandidate> InFolder(string folder)
    {
        var plugin = PluginIn(folder);
        if (plugin is not null) return [plugin];
        return Directory.GetDirectories(folder)
            .Order(StringComparer.Ordinal)
            .Select(PluginIn)
            .OfType<PluginCandidate>()
            .ToList();
    }

    private static PluginCandidate? PluginIn(string folder)
    {
        var named = Path.Combine(folder, Path.GetFileName(folder) + ".dll");
        if (File.Exists(named)) return Candidate(folder, named);
        var deps = Directory.GetFiles(folder, "*" + DepsSuffix);
        if (deps.Length != 1) return null;
        var assembly = deps[0][..^DepsSuffix.Length] + ".dll";
        return File.Exists(assembly) ? Candidate(folder, assembly) : null;
    }

    private static PluginCandidate Candidate(string folder, string assembly) =>
        new(Path.GetFileNameWithoutExtension(assembly), folder, assembly);
}
