using Dreamer.Abstractions.Environments;
using Dreamer.Training.Runs;

namespace Dreamer.Training.Replay;

/// <summary>
/// Maps an <see cref="Episode"/> to and from an .npz file with the keys numpy users expect (dreamerv2.md §7.3): the
/// observations <c>[rows, *shape]</c> under <see cref="ImageKey"/> when they are uint8 (images, grids) or under
/// <see cref="VectorKey"/> when they are float32 (vectors), action, reward, discount (float32) and is_first, is_last,
/// is_terminal (bool). Writes are atomic: a temporary file is flushed to disk and then renamed.
/// </summary>
public static class EpisodeFile
{
    /// <summary>The key of uint8 observations (images and grids).</summary>
    public const string ImageKey = "image";

    /// <summary>The key of float32 observations (vectors such as joint positions and velocities).</summary>
    public const string VectorKey = "vector";

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
            [ObservationKey(episode.ObservationType)] = NpyArray.FromObservations(episode.ObservationValues, [rows, .. episode.ObservationShape]),
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

    /// <summary>The key observations of <paramref name="type"/> are stored under.</summary>
    public static string ObservationKey(ElementType type) => type == ElementType.Float32 ? VectorKey : ImageKey;

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
        var observation = ReadObservations(arrays);
        var action = Get("action");
        var episode = new Episode(
            observation.Shape.Skip(1).ToArray(),
            observation.ToObservations(),
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

    private static NpyArray ReadObservations(IReadOnlyDictionary<string, NpyArray> arrays)
    {
        if (arrays.TryGetValue(ImageKey, out var image))
        {
            if (image.Descriptor != NpyArray.UInt8) throw new InvalidDataException($"its '{ImageKey}' array has dtype '{image.Descriptor}'; expected '{NpyArray.UInt8}'.");
            return image;
        }
        if (arrays.TryGetValue(VectorKey, out var vector))
        {
            if (vector.Descriptor != NpyArray.Float32) throw new InvalidDataException($"its '{VectorKey}' array has dtype '{vector.Descriptor}'; expected '{NpyArray.Float32}'.");
            return vector;
        }
        throw new InvalidDataException($"it has no '{ImageKey}' or '{VectorKey}' array.");
    }
}
