using System.IO.Compression;
using System.Text;
using Dreamer.Training.Replay;

namespace Dreamer.Training.Tests.Replay;

public sealed class NpzFileTests
{
    [Fact]
    public void HeaderIsNumpyVersionOneAndAlignsDataTo64Bytes()
    {
        var header = NpzFile.Header(NpyArray.FromBytes(new byte[24], 2, 3, 4));
        Assert.StartsWith("{'descr': '|u1', 'fortran_order': False, 'shape': (2, 3, 4), }", header);
        Assert.EndsWith("\n", header);
        Assert.Equal(0, (10 + header.Length) % 64);
        Assert.Contains("'shape': (5,)", NpzFile.Header(NpyArray.FromFloats(new float[5], 5)));
    }

    [Fact]
    public void EpisodeRoundTripsThroughAnNpzWithTheExpectedKeys()
    {
        var path = Path.Combine(Path.GetTempPath(), $"dreamer-episode-{Guid.NewGuid():N}.npz");
        try
        {
            var episode = EpisodeFactory.Create(12, marker: 9);
            EpisodeFile.Write(path, episode);
            using (var zip = ZipFile.OpenRead(path))
            {
                Assert.Equal(
                    ["action.npy", "discount.npy", "image.npy", "is_first.npy", "is_last.npy", "is_terminal.npy", "reward.npy"],
                    zip.Entries.Select(e => e.FullName).Order().ToArray());
                using var image = zip.GetEntry("image.npy")!.Open();
                var prefix = new byte[10];
                image.ReadExactly(prefix);
                Assert.Equal("\u0093NUMPY", Encoding.Latin1.GetString(prefix, 0, 6));
                Assert.Equal(1, prefix[6]);
            }
            var read = EpisodeFile.Read(path);
            Assert.Equal(episode.ObservationShape, read.ObservationShape);
            Assert.Equal(episode.Observations, read.Observations);
            Assert.Equal(episode.Actions, read.Actions);
            Assert.Equal(episode.Rewards, read.Rewards);
            Assert.Equal(episode.Discounts, read.Discounts);
            Assert.Equal(episode.IsFirst, read.IsFirst);
            Assert.Equal(episode.IsLast, read.IsLast);
            Assert.Equal(episode.IsTerminal, read.IsTerminal);
            Assert.False(File.Exists(path + EpisodeFile.PartialSuffix));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
