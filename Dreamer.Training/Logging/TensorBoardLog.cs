using TorchSharp.Modules;
using static TorchSharp.torch;
using static TorchSharp.torch.utils.tensorboard;

namespace Dreamer.Training.Logging;

/// <summary>
/// TensorBoard event files in <c>RUN/tensorboard</c>: scalars by hierarchical name, text, and videos of the world
/// model's open-loop predictions. Each record is appended to the event file as it is added.
/// </summary>
public sealed class TensorBoardLog
{
    private readonly SummaryWriter writer;

    public TensorBoardLog(string directory)
    {
        System.IO.Directory.CreateDirectory(directory);
        Folder = directory;
        writer = SummaryWriter(directory, createRunName: false);
    }

    public string Folder { get; }

    public void Scalars(long step, IEnumerable<KeyValuePair<string, double>> scalars)
    {
        foreach (var (name, value) in scalars)
        {
            if (double.IsFinite(value)) writer.add_scalar(name, (float)value, ToStep(step));
        }
    }

    public void Text(string tag, string text, long step) => writer.add_text(tag, text, ToStep(step));

    /// <summary>Adds a video <c>[1, T, C, H, W]</c> uint8 (shown as an animated GIF).</summary>
    public void Video(string tag, Tensor video, long step, int fps = 8) => writer.add_video(tag, video, ToStep(step), fps);

    private static int ToStep(long step) => (int)Math.Min(step, int.MaxValue);
}
