namespace Dreamer.Host.Tests.Cli;

/// <summary><c>--help</c> of the application, of every command and of every branch prints its usage and exits 0.</summary>
public sealed class HelpTests
{
    [Theory]
    [InlineData]
    [InlineData("validate")]
    [InlineData("components")]
    [InlineData("summary")]
    [InlineData("env")]
    [InlineData("env", "rollout")]
    [InlineData("env", "check")]
    [InlineData("train")]
    [InlineData("resume")]
    [InlineData("eval")]
    [InlineData("openloop")]
    [InlineData("matrix")]
    [InlineData("matrix", "plan")]
    [InlineData("matrix", "run")]
    [InlineData("matrix", "run-cell")]
    [InlineData("matrix", "status")]
    [InlineData("matrix", "report")]
    [InlineData("matrix", "export")]
    public void HelpSucceeds(params string[] command)
    {
        var (exit, output) = CommandLine.Run([.. command, "--help"]);

        Assert.True(exit == 0, $"exit code {exit}: {output}");
        Assert.Contains("USAGE:", output, StringComparison.Ordinal);
        Assert.Contains(string.Join(' ', ["dreamer", .. command]), output, StringComparison.Ordinal);
    }
}
