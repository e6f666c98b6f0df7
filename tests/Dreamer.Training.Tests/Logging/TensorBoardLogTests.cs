using System.Net;
using System.Text.RegularExpressions;
using Dreamer.Training.Logging;
using static TorchSharp.torch;

namespace Dreamer.Training.Tests.Logging;

public sealed class TensorBoardLogTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("dreamer-tb-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void TheFileStartsWithTheFileVersionEventInUnixSeconds()
    {
        using (new TensorBoardLog(folder)) { }

        var first = TfRecordReader.ReadEvents(SingleFile())[0];
        Assert.Equal("brain.Event:2", first.FileVersion);
        Assert.InRange(first.WallTime, NowSeconds() - 60, NowSeconds() + 60);
    }

    [Fact]
    public void TheFileIsNamedByUnixSecondsAndHostName()
    {
        var before = (long)NowSeconds();
        using (new TensorBoardLog(folder)) { }

        var match = Regex.Match(Path.GetFileName(SingleFile()), @"^events\.out\.tfevents\.(\d+)\.(.+)$");
        Assert.True(match.Success, Path.GetFileName(SingleFile()));
        Assert.InRange(long.Parse(match.Groups[1].Value), before, (long)NowSeconds());
        Assert.Equal(Dns.GetHostName(), match.Groups[2].Value);
    }

    [Fact]
    public void TwoLogsOfOneSecondWriteTwoFiles()
    {
        using var first = new TensorBoardLog(folder);
        using var second = new TensorBoardLog(folder);

        Assert.NotEqual(first.FileName, second.FileName);
        Assert.Equal(2, Directory.GetFiles(folder, "events.out.tfevents.*").Length);
    }

    [Fact]
    public void ScalarsRoundTripWithStepTagAndValueAndSkipNonFiniteValues()
    {
        using (var log = new TensorBoardLog(folder))
        {
            log.Scalars(5, [new("loss/image", 1.5), new("return/eval", 3.0), new("loss/kl", double.NaN)]);
            log.Scalars(3_000_000_000, [new("loss/image", -0.25)]);
        }

        var events = TfRecordReader.ReadEvents(SingleFile()).Skip(1).ToList();
        var scalars = events.Select(e => (e.Step, e.Summary.Value.Single().Tag, e.Summary.Value.Single().SimpleValue)).ToList();
        Assert.Equal([(5L, "loss/image", 1.5f), (5L, "return/eval", 3f), (3_000_000_000L, "loss/image", -0.25f)], scalars);
        Assert.All(events, e => Assert.InRange(e.WallTime, NowSeconds() - 60, NowSeconds() + 60));
    }

    [Fact]
    public void EveryEventIsInTheFileBeforeTheLogIsClosed()
    {
        using var log = new TensorBoardLog(folder);
        log.Scalars(1, [new("loss/image", 1.0)]);

        using var reader = new FileStream(log.FileName, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        var copy = Path.Combine(folder, "copy");
        using (var target = File.Create(copy)) reader.CopyTo(target);
        Assert.Equal(2, TfRecordReader.ReadEvents(copy).Count);
    }

    [Fact]
    public void TextAndVideoLandForTheirPlugins()
    {
        using (var log = new TensorBoardLog(folder))
        {
            log.Text("composition", "encoder: conv", 2);
            using var video = randint(0, 255, [1, 3, 3, 8, 8], dtype: ScalarType.Byte);
            log.Video("openloop", video, 4);
        }

        var events = TfRecordReader.ReadEvents(SingleFile());
        var text = events[1].Summary.Value.Single();
        Assert.Equal(("composition/text_summary", "text", "encoder: conv"), (text.Tag, text.Metadata.PluginData.PluginName, text.Tensor.StringVal.Single().ToStringUtf8()));
        var image = events[2].Summary.Value.Single();
        Assert.Equal((4L, "openloop", 8, 8), (events[2].Step, image.Tag, image.Image.Height, image.Image.Width));
        Assert.Equal("GIF89a", System.Text.Encoding.ASCII.GetString(image.Image.EncodedImageString.Span[..6]));
    }

    private string SingleFile() => Assert.Single(Directory.GetFiles(folder, "events.out.tfevents.*"));

    private static double NowSeconds() => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() / 1000.0;
}
