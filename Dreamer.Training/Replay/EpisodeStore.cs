using System.Globalization;

namespace Dreamer.Training.Replay;

/// <summary>
/// The replay buffer of finished episodes (dreamerv2.md §7.3). Each episode is written to
/// <c>episodes/NNNNNN-LENGTH.npz</c> the moment it finishes, atomically, so a crash loses no finished episode and a
/// resume never stores one twice. In memory it keeps whole episodes up to the capacity in agent steps, dropping
/// the oldest first (at least one stays). On loading, a file that does not read is moved to <c>episodes/corrupt/</c>
/// with a warning, and an episode that does not fit the run's <see cref="EpisodeLayout"/> is refused.
/// </summary>
public sealed class EpisodeStore
{
    /// <summary>The subfolder episode files that do not read are moved to.</summary>
    public const string CorruptFolder = "corrupt";

    private readonly List<Episode> episodes = [];
    private readonly ReplayOptions options;
    private readonly EpisodeLayout? layout;
    private readonly Action<string> warn;
    private long nextIndex;

    /// <summary>
    /// A store in <paramref name="directory"/>; loaded episodes must fit <paramref name="layout"/> when given, and
    /// <paramref name="warn"/> hears of files moved aside.
    /// </summary>
    public EpisodeStore(string directory, ReplayOptions options, EpisodeLayout? layout = null, Action<string>? warn = null)
    {
        Directory.CreateDirectory(directory);
        DirectoryPath = directory;
        this.options = options;
        this.layout = layout;
        this.warn = warn ?? (_ => { });
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
    /// crash and moving aside files that do not read. Returns how many were loaded; an episode that does not fit the
    /// layout gives an <see cref="InvalidDataException"/> naming its file.
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
            var episode = ReadOrSetAside(file.Path);
            if (episode is null) continue;
            var mismatch = layout?.Mismatch(episode);
            if (mismatch is not null) throw new InvalidDataException($"{file.Path}: {mismatch}.");
            Keep(episode);
            loaded++;
        }
        return loaded;
    }

    private Episode? ReadOrSetAside(string path)
    {
        try
        {
            return EpisodeFile.Read(path);
        }
        catch (InvalidDataException exception)
        {
            var corrupt = Directory.CreateDirectory(Path.Combine(DirectoryPath, CorruptFolder)).FullName;
            var destination = Path.Combine(corrupt, Path.GetFileName(path));
            for (var copy = 1; File.Exists(destination); copy++) destination = Path.Combine(corrupt, $"{Path.GetFileName(path)}.{copy}");
            File.Move(path, destination);
            warn($"warning: {exception.Message}; moved it to {destination}");
            return null;
        }
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
