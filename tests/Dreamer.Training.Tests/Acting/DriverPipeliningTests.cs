using Dreamer.Abstractions.Environments;
using Dreamer.Training.Acting;
using Dreamer.Training.Replay;

namespace Dreamer.Training.Tests.Acting;

/// <summary>
/// The driver begins the step of every pipelined environment before it ends any (<see cref="IPipelinedEnvironment"/>),
/// steps the others in index order, and builds the same episodes either way.
/// </summary>
public sealed class DriverPipeliningTests
{
    [Fact]
    public void EveryPipelinedStepBeginsBeforeAnyEndsAndPlainEnvironmentsStepInIndexOrder()
    {
        var log = new List<string>();
        IEnvironment[] environments = [new PipelinedLoggedEnvironment(0, 5, log), new LoggedEnvironment(1, 5, log), new PipelinedLoggedEnvironment(2, 5, log)];
        var driver = new Driver(environments, [1], 1);

        driver.Step((Array _, float[] _) => [0.25f, 0.5f, 0.75f]);

        Assert.Equal(["reset 0", "reset 1", "reset 2", "begin 0 0.25", "begin 2 0.75", "end 0", "step 1 0.5", "end 2"], log);
    }

    [Fact]
    public void PipelinedAndPlainEnvironmentsGiveTheSameEpisodes()
    {
        var pipelined = Play(index => new PipelinedLoggedEnvironment(index, 3, []));
        var plain = Play(index => new LoggedEnvironment(index, 3, []));

        Assert.Equal(4, pipelined.Count);
        Assert.Equal(plain.Select(e => (e.Length, string.Join(",", e.Rewards))), pipelined.Select(e => (e.Length, string.Join(",", e.Rewards))));
        Assert.All(pipelined, e => Assert.Equal([0, 1, 2, 3], e.Observations.Select(b => (int)b)));
    }

    private static List<Episode> Play(Func<int, IEnvironment> make)
    {
        var driver = new Driver([make(0), make(1)], [1], 1);
        var finished = new List<Episode>();
        for (var step = 0; step < 7; step++)
            finished.AddRange(driver.Step((Array _, float[] isFirst) => [0.1f * step, -0.1f * step]));
        return finished;
    }
}
