using Dreamer.Host.Matrix;
using Dreamer.Tests.Support;
using Dreamer.Training.Runs;

namespace Dreamer.Host.Tests.Matrix;

/// <summary>The requeue decision of a task whose cell stopped at the time limit, with the environment given by hand.</summary>
[Trait(TestCategory.Name, TestCategory.Slow)]
public sealed class SlurmRequeueTests : IDisposable
{
    private readonly MatrixTestFolder folder = new();

    public void Dispose() => folder.Dispose();

    private static Func<string, string?> Environment(params (string Name, string Value)[] variables) =>
        name => variables.FirstOrDefault(v => v.Name == name).Value;

    [Fact]
    public void OutsideSlurmNothingIsRequeuedAndTheCellStaysStopped()
    {
        RunStatusFile.Write(folder.Root, new RunStatus(RunState.Stopped, 10, 40, 1, null, "stopped on request"));

        var result = new SlurmRequeue(Environment(), 3, "false").Requeue(folder.Root);

        Assert.False(result.Requeued);
        Assert.Equal("stopped at the time limit signal, but this is not a Slurm job: nothing to requeue", result.Message);
        Assert.Equal(RunState.Stopped, RunStatusFile.Read(folder.Root)!.State);
    }

    [Fact]
    public void AFailingScontrolIsReportedAndTheCellStaysStopped()
    {
        RunStatusFile.Write(folder.Root, new RunStatus(RunState.Stopped, 10, 40, 1, null, "stopped on request"));

        var result = new SlurmRequeue(Environment(("SLURM_JOB_ID", "12")), 3, "false").Requeue(folder.Root);

        Assert.False(result.Requeued);
        Assert.Equal("false requeue 12 failed with exit code 1; the cell stays stopped", result.Message);
        Assert.Equal(RunState.Stopped, RunStatusFile.Read(folder.Root)!.State);
    }

    [Theory]
    [InlineData(null, 0)]
    [InlineData("2", 2)]
    [InlineData("x", 0)]
    public void TheRestartCountIsSlurmsOrZero(string? value, int count) =>
        Assert.Equal(count, new SlurmRequeue(name => name == "SLURM_RESTART_COUNT" ? value : null, 3).RestartCount);
}
