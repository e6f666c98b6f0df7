using Dreamer.Training.Runs;

namespace Dreamer.Training.Replay;

/// <summary>
/// Maps an <see cref="Episode"/> to and from an .npz file with the keys numpy users expect: image (uint8
/// <c>[rows, *shape]</c>), action, reward, discount (float32) and is_first, is_last, is_terminal (bool).
/// Writes are atomic: a temporary file is flushed to disk and then renamed.
/// </summary>
public static class EpisodeFile
{
    /// <summary>Suffix of files that were being written when a process died; they are never read.</summary>
    public const string PartialSuffix = ".partial";

    /// <summary>About what one .npz entry adds to its data: the .npy header and the zip's local and central headers.</summary>
    private const int EntryOverhead = 256;

    /// <summary>
    /// Writes <paramref name="episode"/> to <paramref name="path"/> atomically. When the disk fills, the partial file is
    /// removed and a <see cref="DiskFullException"/> says how much the episode needs.
    /// </summary>
    public static void Write(string path, Episode episode)
    {
        episode.Validate();
        var rows = episode.Rows;
        var arrays = new Dictionary<string, NpyArray>
        {
            ["image"] = NpyArray.FromBytes(episode.Observations, [rows, .. episode.ObservationShape]),
            ["action"] = NpyArray.FromFloats(episode.Actions, rows, episode.ActionSize),
            ["reward"] = NpyArray.FromFloats(episode.Rewards, rows),
            ["discount"] = NpyArray.FromFloats(episode.Discounts, rows),
            ["is_first"] = NpyArray.FromBools(episode.IsFirst, rows),
            ["is_last"] = NpyArray.FromBools(episode.IsLast, rows),
            ["is_terminal"] = NpyArray.FromBools(episode.IsTerminal, rows),
        };
        var partial = path + PartialSuffix;
        try
        {
            using (var stream = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                NpzFile.Write(stream, arrays);
                stream.Flush(flushToDisk: true);
            }
            File.Move(partial, path, overwrite: true);
        }
        catch (IOException exception) when (DiskSpace.IsFull(exception))
        {
            RemoveQuietly(partial);
            throw new DiskFullException("episode", path, arrays.Values.Sum(array => array.Data.Length + EntryOverhead), exception);
        }
    }

    private static void RemoveQuietly(string partial)
    {
        try
        {
            File.Delete(partial);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
        }
    }

    /// <summary>The episode in <paramref name="path"/>; an <see cref="InvalidDataException"/> naming the file when it does not read.</summary>
    public static Episode Read(string path)
    {
        try
        {
            return ReadUnchecked(path);
        }
        catch (Exception exception) when (exception is not (OutOfMemoryException or FileNotFoundException or UnauthorizedAccessException))
        {
            throw new InvalidDataException($"{path} is not a readable episode ({exception.Message.TrimEnd('.')})", exception);
        }
    }

    private static Episode ReadUnchecked(string path)
    {
        using var stream = File.OpenRead(path);
        var arrays = NpzFile.Read(stream);
        NpyArray Get(string key) => arrays.TryGetValue(key, out var array)
            ? array
            : throw new InvalidDataException($"it has no '{key}' array.");
        var image = Get("image");
        var action = Get("action");
        var episode = new Episode(
            image.Shape.Skip(1).ToArray(),
            image.ToBytes(),
            action.Shape.Count > 1 ? action.Shape[1] : 1,
            action.ToFloats(),
            Get("reward").ToFloats(),
            Get("discount").ToFloats(),
            Get("is_first").ToBools(),
            Get("is_last").ToBools(),
            Get("is_terminal").ToBools());
        episode.Validate();
        return episode;
    }
}
