namespace Dreamer.Environments.Rollout;

/// <summary>
/// One played episode: its frames (the reset observation first, possibly capped), its return and its length in
/// steps.
/// </summary>
public sealed record RecordedEpisode(IReadOnlyList<RgbFrame> Frames, double Return, int Length)
{
    /// <summary>Writes the frames as a looping animated GIF.</summary>
    public void SaveGif(string path, int delayCentiseconds = 8)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (Frames.Count == 0)
        {
            throw new InvalidOperationException("The episode has no frames to save.");
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        using var file = File.Create(path);
        using var gif = new GifWriter(file, Frames[0].Width, Frames[0].Height, delayCentiseconds);
        foreach (var frame in Frames)
        {
            gif.Write(frame);
        }
    }
}
