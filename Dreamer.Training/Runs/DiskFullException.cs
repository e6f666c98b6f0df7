namespace Dreamer.Training.Runs;

/// <summary>
/// A file of a run could not be written because its disk is full. The message says what (a checkpoint, an episode),
/// where, about how much space the write needs and how much the disk has free; the partial file was removed, so the
/// run folder holds only complete files and resumes once space is freed.
/// </summary>
public sealed class DiskFullException : IOException
{
    /// <summary>The failure of writing <paramref name="what"/> to <paramref name="path"/>, which needs about <paramref name="neededBytes"/>.</summary>
    public DiskFullException(string what, string path, long neededBytes, Exception inner)
        : base($"no space left on device: could not write {what} {path} ({DiskSpace.Needs(path, neededBytes)})", inner)
    {
        ArgumentNullException.ThrowIfNull(inner);
        Path = path;
        NeededBytes = neededBytes;
        HResult = inner.HResult;
    }

    /// <summary>The file or folder that could not be written.</summary>
    public string Path { get; }

    /// <summary>About how many bytes the write needs.</summary>
    public long NeededBytes { get; }
}
