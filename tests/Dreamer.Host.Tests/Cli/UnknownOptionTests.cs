namespace Dreamer.Host.Tests.Cli;

/// <summary>Every command refuses an option or argument it does not know in one line and its usage, exit 2, before doing anything.</summary>
public sealed class UnknownOptionTests
{
    [Theory]
    [InlineData("train", "--step", "10")]
    [InlineData("validate", "compositions/default.yaml", "--plugin", "x")]
    [InlineData("matrix", "plan", "m.yaml", "--jsn")]
    [InlineData("matrix", "report", "runs/m", "--rep", "10")]
    [InlineData("matrix", "status", "runs/m", "extra")]
    public void AnUnknownOptionIsRefusedInOneLine(params string[] args)
    {
        var (exit, output) = CommandLine.Run(args);

        Assert.Equal(2, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("error: ", lines[0], StringComparison.Ordinal);
        Assert.StartsWith($"usage: dreamer {args[0]} ", lines[1], StringComparison.Ordinal);
    }
}
