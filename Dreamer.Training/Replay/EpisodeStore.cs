using System.Globalization;

namespace Dreamer.Training.Replay;

/// <summary>
/// The replay buffer of finished episodes (dreamerv2.md §7.3). Each episode is written to
/// <c>episodes/NNNNNN-LENGTH.npz</c> the moment it finishes, atomically, so a crash loses no finished episode and a
/// resume never stores one twice. In memory it keeps whole episodes up to the capacity in agent steps, dropping
/// the oldest first (at least one stays).
/// </summary>
public sealed class EpisodeStore
{
    private readonly List<Episode> episodes = [];
    private readonly ReplayOptions options;
    private long nextIndex;

    public EpisodeStore(string directory, ReplayOptions options)
    {
        Directory.CreateDirectory(directory);
        DirectoryPath = directory;
        this.options = options;
    }

    /// <summary>Folder holding the episode files.</summary>
    public string DirectoryPath { get; }

    /// <summary>Episodes in memory, oldest first.</summary>
    public IReadOnlyList<Episode> Episodes => episodes;

    /// <summary>Agent steps held in memory.</summary>
    public long Steps { get; private set; }

    /// <summary>Episodes written to disk over the run, including those no longer in memory.</summary>
    public long StoredEpisodes => nextIndex;

    /// <summary>
    /// Stores a finished episode; returns false, storing nothing, when it is shorter than the minimum length.
    /// </summary>
    public bool Add(Episode episode)
    {
        episode.Validate();
        if (episode.Length < options.Minlen) return false;
        var name = string.Create(CultureInfo.InvariantCulture, $"{nextIndex:D6}-{episode.Length}.npz");
        EpisodeFile.Write(Path.Combine(DirectoryPath, name), episode);
        nextIndex++;
        Keep(episode);
        return true;
    }

    /// <summary>
    /// Loads the episodes already on disk (on resume), newest within capacity, removing files left half-written by a
    /// crash. Returns how many were loaded.
    /// </summary>
    public int LoadExisting()
    {
        foreach (var partial in Directory.EnumerateFiles(DirectoryPath, "*" + EpisodeFile.PartialSuffix))
        {
            File.Delete(partial);
        }
        var files = Directory.EnumerateFiles(DirectoryPath, "*.npz")
            .Select(path => (Path: path, Index: ParseIndex(path)))
            .Where(file => file.Index >= 0)
            .OrderBy(file => file.Index)
            .ToList();
        nextIndex = files.Count == 0 ? 0 : files[^1].Index + 1;
        var loaded = 0;
        foreach (var file in files)
        {
            Keep(EpisodeFile.Read(file.Path));
            loaded++;
        }
        return loaded;
    }

    private void Keep(Episode episode)
    {
        episodes.Add(episode);
        Steps += episode.Length;
        while (Steps > options.Capacity && episodes.Count > 1)
        {
            Steps -= episodes[0].Length;
            episodes.RemoveAt(0);
        }
    }

    private static long ParseIndex(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        var dash = name.IndexOf('-');
        return dash > 0 && long.TryParse(name[..dash], NumberStyles.None, CultureInfo.InvariantCulture, out var index) ? index : -1;
    }
}
