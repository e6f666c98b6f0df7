using Dreamer.Training.Loop;
using Dreamer.Training.Tests.Replay;

namespace Dreamer.Training.Tests.Loop;

public sealed class EvaluationScalarsTests
{
    [Fact]
    public void EvalLengthIsTheMeanEpisodeLengthAndEvalEpisodesTheirNumber()
    {
        var scalars = EvaluationScalars.Of([EpisodeFactory.Create(3), EpisodeFactory.Create(5), EpisodeFactory.Create(10)]).ToDictionary();

        Assert.Equal(6.0, scalars["episode/eval_length"]);
        Assert.Equal(3.0, scalars["episode/eval_episodes"]);
        Assert.Equal((6.0 + 15.0 + 55.0) / 3, scalars["return/eval"], 9);
    }

    [Fact]
    public void OneEpisodeGivesItsOwnLength()
    {
        var scalars = EvaluationScalars.Of([EpisodeFactory.Create(7)]).ToDictionary();

        Assert.Equal((7.0, 1.0), (scalars["episode/eval_length"], scalars["episode/eval_episodes"]));
    }
}
