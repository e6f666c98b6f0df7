using static TorchSharp.torch;
using TensorBoardSummary = TorchSharp.torch.utils.tensorboard.Summary;

namespace Dreamer.Training.Logging;

/// <summary>
/// TensorBoard event files in <c>RUN/tensorboard</c> (one <see cref="EventFile"/> per log, so a resumed run adds a
/// file): scalars by hierarchical name, text, and videos of the world model's open-loop predictions as animated GIFs.
/// Each record is flushed to the file as it is added.
/// </summary>
public sealed class TensorBoardLog : IDisposable
{
    private readonly EventFile file;

    /// <summary>Creates <paramref name="directory"/> if needed and a new event file in it.</summary>
    public TensorBoardLog(string directory)
    {
        System.IO.Directory.CreateDirectory(directory);
        Folder = directory;
        file = new EventFile(directory);
    }

    /// <summary>The folder of the event files.</summary>
    public string Folder { get; }

    /// <summary>The event file this log writes.</summary>
    public string FileName => file.FullName;

    /// <summary>Adds each finite value of <paramref name="scalars"/> as a simple-value scalar at <paramref name="step"/>.</summary>
    public void Scalars(long step, IEnumerable<KeyValuePair<string, double>> scalars)
    {
        foreach (var (name, value) in scalars)
        {
            if (!double.IsFinite(value)) continue;
            var summary = new Tensorboard.Summary();
            summary.Value.Add(new Tensorboard.Summary.Types.Value { Tag = name, SimpleValue = (float)value });
            file.Write(step, summary);
        }
    }

    /// <summary>Adds <paramref name="text"/> for TensorBoard's text plugin (tag <c>TAG/text_summary</c>).</summary>
    public void Text(string tag, string text, long step) => file.Write(step, TensorBoardSummary.text(tag, text));

    /// <summary>Adds an RGB video <c>[1, T, 3, H, W]</c> uint8 (shown as an animated GIF).</summary>
    public void Video(string tag, Tensor video, long step, int fps = 8) => file.Write(step, TensorBoardSummary.video(tag, video, fps));

    public void Dispose() => file.Dispose();
}
