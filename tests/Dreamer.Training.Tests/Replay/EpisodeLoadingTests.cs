using Dreamer.Training.Replay;

namespace Dreamer.Training.Tests.Replay;

/// <summary>Fault injection on stored episodes: a file that does not read is moved aside, one of another shape is refused.</summary>
public sealed class EpisodeLoadingTests : IDisposable
{
    private static readonly EpisodeLayout Layout = new([1, 2, 2], 3);
    private readonly string folder = Path.Combine(Path.GetTempPath(), "dreamer-loading-" + Guid.NewGuid().ToString("N"));
    private readonly List<string> warnings = [];

    public EpisodeLoadingTests()
    {
        var store = new EpisodeStore(folder, new ReplayOptions { Minlen = 1 });
        store.Add(EpisodeFactory.Create(5, marker: 1));
        store.Add(EpisodeFactory.Create(6, marker: 2));
        store.Add(EpisodeFactory.Create(7, marker: 3));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Second => Path.Combine(folder, "000001-6.npz");

    private EpisodeStore Resumed() => new(folder, new ReplayOptions { Minlen = 1 }, Layout, warnings.Add);

    [Fact]
    public void ATruncatedEpisodeIsMovedAsideWithAWarningNamingIt()
    {
        var bytes = File.ReadAllBytes(Second);
        File.WriteAllBytes(Second, bytes[..(bytes.Length / 2)]);
        AssertMovedAside();
    }

    [Fact]
    public void AZeroedEpisodeIsMovedAsideWithAWarningNamingIt()
    {
        File.WriteAllBytes(Second, new byte[new FileInfo(Second).Length]);
        AssertMovedAside();
    }

    [Fact]
    public void AnEpisodeOfAnotherShapeIsRefusedNamingTheFile()
    {
        var odd = EpisodeFactory.Create(6, marker: 2);
        EpisodeFile.Write(Second, new Episode([1, 3, 3], new byte[odd.Rows * 9], odd.ActionSize, odd.Actions, odd.Rewards, odd.Discounts, odd.IsFirst, odd.IsLast, odd.IsTerminal));
        var error = Assert.Throws<InvalidDataException>(() => Resumed().LoadExisting());
        Assert.Equal($"{Second}: it holds observations of shape [1, 3, 3] and 3 actions; this run's agent takes [1, 2, 2] and 3.", error.Message);
        Assert.True(File.Exists(Second));
        Assert.Empty(warnings);
    }

    [Fact]
    public void AnEpisodeWithAnotherActionSizeIsRefusedNamingTheFile()
    {
        var store = new EpisodeStore(folder, new ReplayOptions { Minlen = 1 }, new EpisodeLayout([1, 2, 2], 4), warnings.Add);
        var error = Assert.Throws<InvalidDataException>(() => store.LoadExisting());
        Assert.StartsWith($"{Path.Combine(folder, "000000-5.npz")}: it holds observations of shape [1, 2, 2] and 3 actions", error.Message);
    }

    private void AssertMovedAside()
    {
        var store = Resumed();
        Assert.Equal(2, store.LoadExisting());
        var moved = Path.Combine(folder, EpisodeStore.CorruptFolder, "000001-6.npz");
        Assert.False(File.Exists(Second));
        Assert.True(File.Exists(moved));
        var warning = Assert.Single(warnings);
        Assert.StartsWith($"warning: {Second} is not a readable episode (", warning);
        Assert.EndsWith($"); moved it to {moved}", warning);
        Assert.Equal([5, 7], store.Episodes.Select(e => e.Length).ToArray());
        Assert.Equal(3, store.StoredEpisodes);
    }
}
