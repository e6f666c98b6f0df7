namespace Dreamer.Host.Tests.Cli;

/// <summary><c>--threads N</c> of <c>train</c>, <c>resume</c> and <c>eval</c>: a count below 1 is refused before anything runs.</summary>
public sealed class ThreadOptionTests
{
    [Theory]
    [InlineData("train", "0")]
    [InlineData("train", "-2")]
    [InlineData("resume", "0")]
    [InlineData("eval", "0")]
    public void AThreadCountBelowOneIsRefused(string command, string threads)
    {
        string[] args = command == "train" ? [command, "--threads", threads] : [command, "no-such-run", "--threads", threads];
        var (exitCode, output) = CommandLine.Run(args);
        Assert.Equal(2, exitCode);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Equal($"error: --threads {threads}: a thread count is at least 1", lines[0]);
        Assert.StartsWith($"usage: dreamer {command} ", lines[1], StringComparison.Ordinal);
    }
}
