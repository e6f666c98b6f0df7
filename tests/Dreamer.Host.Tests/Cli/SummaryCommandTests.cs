using Dreamer.Host.Cli;

namespace Dreamer.Host.Tests.Cli;

/// <summary><c>dreamer summary</c> through the real command app: the Atari preset on 64×64×1 MinAtar Breakout (A = 6).</summary>
[Collection(RunsAloneCollection.Name)]
public sealed class SummaryCommandTests
{
    [Fact]
    public void PrintsTheTv9CountsOfTheAtariPresetWithSixActions()
    {
        var (exitCode, output) = CommandLine.Run("summary", Data("atari-minatar.yaml"));

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("minatar.breakout: observation Box[1×64×64] UInt8 [0, 255], action Discrete(6); model observation [1, 64, 64], action 6 (one-hot), features 1624", output);
        Assert.Equal(["19,968,179"], Cells(output, "world model"));
        Assert.Equal(["1,133,606"], Cells(output, "actor"));
        Assert.Equal(["1,131,601"], Cells(output, "critic"));
        Assert.Equal(["[1800, 1200]", "2,160,000"], Cells(output, "rssm.cell.gates.weight"));
        Assert.Equal(["[6, 400]", "2,400"], Cells(output, "actor.network.output.weight"));
    }

    [Fact]
    public void AMissingSlotIsACompositionError()
    {
        var (exitCode, output) = CommandLine.Run("summary", Data("atari-minatar.yaml"), "--set", "behavior=null");

        Assert.Equal(ExitCodes.InvalidInput, exitCode);
        Assert.Equal("--set: behavior: required slot is missing; allowed: behavior.actor-critic\n", output);
    }

    private static string Data(string name) => Path.Combine(AppContext.BaseDirectory, "Cli", "Data", name);

    /// <summary>The cells after the first one of the table row whose first cell is <paramref name="first"/>.</summary>
    private static string[] Cells(string output, string first) => output.Split('\n')
        .Select(line => line.Split('│', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        .Single(cells => cells.Length > 1 && cells[0] == first)[1..]
        .Where(cell => cell.Length > 0)
        .ToArray();
}
