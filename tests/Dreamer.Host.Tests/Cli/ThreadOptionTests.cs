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
        Assert.Equal($"error: --threads {threads}: a thread count is at least 1\nusage: dreamer {command} ", output[..(output.IndexOf("usage: ", StringComparison.Ordinal) + 16 + command.Length)]);
    }
}
