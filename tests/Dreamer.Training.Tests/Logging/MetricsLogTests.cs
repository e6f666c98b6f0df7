using Dreamer.Training.Logging;

namespace Dreamer.Training.Tests.Logging;

public sealed class MetricsLogTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("dreamer-metrics-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void LinesRoundTripWithStepAndHierarchicalNames()
    {
        var path = Path.Combine(folder, "metrics.jsonl");
        using (var log = new MetricsLog(path))
        {
            log.Write(10, [new("loss/image", 712.5), new("return/train", 2)]);
            log.Write(20, [new("loss/kl", double.NaN)]);
        }
        var lines = File.ReadAllLines(path);
        Assert.Equal("{\"step\": 10, \"loss/image\": 712.5, \"return/train\": 2}", lines[0]);
        var records = MetricsLog.Read(path);
        Assert.Equal(2, records.Count);
        Assert.Equal(10, records[0].Step);
        Assert.Equal(712.5, records[0].Scalars["loss/image"]);
        Assert.True(double.IsNaN(records[1].Scalars["loss/kl"]));
    }

    [Fact]
    public void ATruncatedLastLineIsSkipped()
    {
        var path = Path.Combine(folder, "metrics.jsonl");
        File.WriteAllText(path, "{\"step\": 1, \"a\": 1}\n{\"step\": 2, \"a\"");
        Assert.Single(MetricsLog.Read(path));
    }

    [Fact]
    public void LearningCurveIsWrittenAsPng()
    {
        var path = Path.Combine(folder, "curve.png");
        var records = Enumerable.Range(1, 10)
            .Select(i => new MetricsRecord(i * 1000, new Dictionary<string, double> { ["return/eval"] = i, ["return/train"] = i * 0.5 }))
            .ToList();
        LearningCurvePlot.Save(path, records, "test", randomReturn: 0.5);
        var bytes = File.ReadAllBytes(path);
        Assert.True(bytes.Length > 1000);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, bytes[..4]);
    }
}
