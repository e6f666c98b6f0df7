using System.Text;
using Dreamer.Training.Logging;

namespace Dreamer.Training.Tests.Logging;

public sealed class TensorBoardLogTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("dreamer-tb-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void ScalarsLandInAnEventFileUnderTheirNames()
    {
        var log = new TensorBoardLog(folder);
        log.Scalars(5, [new("loss/image", 1.5), new("return/eval", 3.0), new("loss/kl", double.NaN)]);
        var file = Assert.Single(Directory.GetFiles(folder, "events.out.tfevents.*", SearchOption.AllDirectories));
        var text = Encoding.Latin1.GetString(File.ReadAllBytes(file));
        Assert.Contains("loss/image", text);
        Assert.Contains("return/eval", text);
        Assert.DoesNotContain("loss/kl", text);
        Assert.Contains(BitConverter.ToString(BitConverter.GetBytes(1.5f)), BitConverter.ToString(File.ReadAllBytes(file)));
    }
}
