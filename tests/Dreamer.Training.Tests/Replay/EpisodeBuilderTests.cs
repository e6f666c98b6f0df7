using Dreamer.Abstractions.Environments;
using Dreamer.Training.Replay;

namespace Dreamer.Training.Tests.Replay;

public sealed class EpisodeBuilderTests
{
    private static TimeStep Step(byte value, float reward, bool first = false, bool last = false, bool terminal = false) =>
        new(Observation.FromBytes(new[] { value, value }), reward, first, last, terminal);

    [Fact]
    public void RowsFollowTheActionLeadsIntoObservationConvention()
    {
        var builder = new EpisodeBuilder([2], actionSize: 3);
        builder.Begin(Step(10, 0, first: true));
        builder.Append(Step(11, 1.5f), [0, 1, 0]);
        builder.Append(Step(12, -0.5f, last: true, terminal: true), [1, 0, 0]);
        var episode = builder.Build();
        Assert.Equal(2, episode.Length);
        Assert.Equal(new byte[] { 10, 10, 11, 11, 12, 12 }, episode.Observations);
        Assert.Equal(new float[] { 0, 0, 0, 0, 1, 0, 1, 0, 0 }, episode.Actions);
        Assert.Equal(new float[] { 0, 1.5f, -0.5f }, episode.Rewards);
        Assert.Equal(new float[] { 1, 1, 0 }, episode.Discounts);
        Assert.Equal(new[] { true, false, false }, episode.IsFirst);
        Assert.Equal(new[] { false, false, true }, episode.IsLast);
        Assert.Equal(1.0, builder.Return);
    }

    [Fact]
    public void ATimeLimitEndKeepsTheDiscount()
    {
        var builder = new EpisodeBuilder([2], actionSize: 1);
        builder.Begin(Step(1, 0, first: true));
        builder.Append(Step(2, 0, last: true), [1]);
        Assert.Equal(new float[] { 1, 1 }, builder.Build().Discounts);
    }

    [Fact]
    public void RejectsObservationsOfTheWrongSize()
    {
        var builder = new EpisodeBuilder([3], actionSize: 1);
        var error = Assert.Throws<InvalidDataException>(() => builder.Begin(Step(1, 0, first: true)));
        Assert.Equal("the environment returned 2 observation bytes; its space has 3. Replay stores uint8 observations.", error.Message);
    }

    [Fact]
    public void RejectsAResetStepWithoutIsFirst()
    {
        var builder = new EpisodeBuilder([2], actionSize: 1);
        var error = Assert.Throws<InvalidDataException>(() => builder.Begin(Step(1, 0, first: false)));
        Assert.StartsWith("the environment's Reset returned a step without is_first;", error.Message);
    }
}
