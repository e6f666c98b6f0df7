using System.Globalization;

namespace Dreamer.Training.Replay;

/// <summary>
/// The episodes stored in an episode folder and their agent steps, counted from the file names
/// <c>NNNNNN-LENGTH.npz</c>: what the run has stored, however little of it the bounded replay keeps in memory.
/// </summary>
public readonly record struct StoredEpisodeCount(long Episodes, long Steps)
{
    /// <summary>Counts the episode files of <paramref name="directory"/>; zero when it does not exist.</summary>
    public static StoredEpisodeCount In(string directory)
    {
        if (!Directory.Exists(directory)) return default;
        long episodes = 0, steps = 0;
        foreach (var path in Directory.EnumerateFiles(directory, "*.npz"))
        {
            var parts = Path.GetFileNameWithoutExtension(path).Split('-');
            if (parts.Length != 2 || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out _)
                || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var length)) continue;
            episodes++;
            steps += length;
        }
        return new StoredEpisodeCount(episodes, steps);
    }
}
