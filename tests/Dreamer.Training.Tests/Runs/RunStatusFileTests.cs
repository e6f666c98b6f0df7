using Dreamer.Training.Runs;

namespace Dreamer.Training.Tests.Runs;

public sealed class MatrixRunStatusFileTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("dreamer-status-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void StatusRoundTripsInTheContractsJsonShape()
    {
        var status = new RunStatus(RunState.Running, 1200, 5000, 70, 3.5, "training");
        RunStatusFile.Write(folder, status);
        Assert.Equal(status, RunStatusFile.Read(folder));
        var json = File.ReadAllText(Path.Combine(folder, "status.json"));
        Assert.Contains("\"state\": \"running\"", json);
        Assert.Contains("\"last_return\": 3.5", json);
        Assert.Equal(["status.json"], Directory.GetFiles(folder).Select(Path.GetFileName));
    }

    [Fact]
    public void AStatusWrittenByAnotherProgramIsRead()
    {
        File.WriteAllText(Path.Combine(folder, "status.json"),
            "{\"state\": \"failed\", \"step\": 7, \"steps\": 10, \"updates\": 0, \"last_return\": null, \"message\": \"NaN loss\"}");
        Assert.Equal(new RunStatus(RunState.Failed, 7, 10, 0, null, "NaN loss"), RunStatusFile.Read(folder));
    }

    [Fact]
    public void AMissingOrBrokenStatusReadsAsNull()
    {
        Assert.Null(RunStatusFile.Read(folder));
        File.WriteAllText(Path.Combine(folder, "status.json"), "{\"state\": ");
        Assert.Null(RunStatusFile.Read(folder));
    }
}
