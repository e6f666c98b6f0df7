using System.Diagnostics;
using Dreamer.Abstractions.Environments;
using Dreamer.Training.Replay;

namespace Dreamer.Training.Tests.Replay;

/// <summary>Float32 vector observations are stored under <c>vector</c> as <c>&lt;f4</c>, and read back by Dreamer and numpy.</summary>
public sealed class VectorEpisodeFileTests : IDisposable
{
    private const string Python = "/usr/bin/python3";

    private const string NumpyCheck = """
        import sys, numpy
        data = numpy.load(sys.argv[1])
        vector = data["vector"]
        assert "image" not in data.files, data.files
        assert vector.dtype == numpy.float32, vector.dtype
        assert vector.shape == (6, 3), vector.shape
        assert vector[2, 1] == -1.875 and vector[5, 2] == 5.25, vector
        assert data["action"].shape == (6, 2) and data["is_first"][0]
        print("vector ok")
        """;

    private readonly string folder = Directory.CreateTempSubdirectory("dreamer-vector-episode-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void AVectorEpisodeRoundTripsAsFloat32UnderTheVectorKey()
    {
        var path = Path.Combine(folder, "000000-5.npz");
        var episode = VectorEpisodeFactory.Create(5, marker: 0);

        EpisodeFile.Write(path, episode);

        using (var stream = File.OpenRead(path))
        {
            var arrays = NpzFile.Read(stream);
            Assert.False(arrays.ContainsKey(EpisodeFile.ImageKey));
            Assert.Equal(NpyArray.Float32, arrays[EpisodeFile.VectorKey].Descriptor);
            Assert.Equal([6, 3], arrays[EpisodeFile.VectorKey].Shape);
        }
        var read = EpisodeFile.Read(path);
        Assert.Equal(ElementType.Float32, read.ObservationType);
        Assert.Equal([3], read.ObservationShape);
        Assert.Equal((float[])episode.ObservationValues, (float[])read.ObservationValues);
        Assert.Equal(episode.Actions, read.Actions);
        Assert.Equal(episode.Rewards, read.Rewards);
        Assert.Equal(episode.IsTerminal, read.IsTerminal);
    }

    [Fact]
    public void NumpyReadsAVectorEpisodeAsFloat32()
    {
        var path = Path.Combine(folder, "000000-5.npz");
        EpisodeFile.Write(path, VectorEpisodeFactory.Create(5, marker: 0));

        Assert.True(File.Exists(Python), $"{Python} is missing: this test reads the episode with Debian's python3 and numpy; install python3-numpy");
        using var python = Process.Start(new ProcessStartInfo(Python, ["-c", NumpyCheck, path]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var stdout = python.StandardOutput.ReadToEnd();
        var stderr = python.StandardError.ReadToEnd();
        python.WaitForExit();
        Assert.True(python.ExitCode == 0, stderr);
        Assert.Equal("vector ok\n", stdout);
    }

    [Fact]
    public void AVectorArrayOfAnotherTypeDoesNotRead()
    {
        var path = Path.Combine(folder, "000000-5.npz");
        var episode = VectorEpisodeFactory.Create(5);
        using (var stream = File.Create(path))
        {
            NpzFile.Write(stream, new Dictionary<string, NpyArray>
            {
                [EpisodeFile.VectorKey] = NpyArray.FromBytes(new byte[episode.Rows * 3], episode.Rows, 3),
                ["action"] = NpyArray.FromFloats(episode.Actions, episode.Rows, 2),
                ["reward"] = NpyArray.FromFloats(episode.Rewards, episode.Rows),
                ["discount"] = NpyArray.FromFloats(episode.Discounts, episode.Rows),
                ["is_first"] = NpyArray.FromBools(episode.IsFirst, episode.Rows),
                ["is_last"] = NpyArray.FromBools(episode.IsLast, episode.Rows),
                ["is_terminal"] = NpyArray.FromBools(episode.IsTerminal, episode.Rows),
            });
        }

        var error = Assert.Throws<InvalidDataException>(() => EpisodeFile.Read(path));
        Assert.Contains("'vector' array has dtype '|u1'; expected '<f4'", error.Message);
    }
}
