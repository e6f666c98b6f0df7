using Dreamer.Host.Tests.Cli;
using Dreamer.Host.Tests.Plugins;

namespace Dreamer.Host.Tests.Faults;

/// <summary>
/// Paths that cannot be used — a GIF path under a regular file, a plugin folder that is a file or cannot be read, a
/// matrix folder without a readable matrix.json — are refused with exit code 2 and one error line naming the path,
/// never a stack trace.
/// </summary>
public sealed class UnwritablePathTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("dreamer-unwritable-").FullName;

    public UnwritablePathTests() => File.WriteAllText(RegularFile, "not a folder");

    private string RegularFile => Path.Combine(root, "somefile");

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void EvalWithAGifFolderUnderARegularFileIsRefused()
    {
        var gif = Path.Combine(RegularFile, "sub");

        AssertRefused($"error: --gif {gif}: {RegularFile} is a file, not a folder", "eval", Path.Combine(root, "run"), "--gif", gif);
    }

    [Fact]
    public void EvalWithAGifFolderThatIsARegularFileIsRefused() =>
        AssertRefused($"error: --gif {RegularFile}: {RegularFile} is a file, not a folder", "eval", Path.Combine(root, "run"), "--gif", RegularFile);

    [Fact]
    public void EnvRolloutWithAGifFileUnderARegularFileIsRefused()
    {
        var gif = Path.Combine(RegularFile, "x.gif");

        AssertRefused($"error: --gif {gif}: {RegularFile} is a file, not a folder", "env", "rollout", "minatar.breakout", "--episodes", "1", "--gif", gif);
    }

    [Fact]
    public void APluginsPathThatIsARegularFileIsRefused()
    {
        var problem = $"Plugin folder '{RegularFile}' is a file, not a folder. Fix: give the folder that holds the plugin's NAME.dll and NAME.deps.json.";
        var (code, output, error) = ConsoleCapture.Run(() => CommandLine.Run("components", "--plugins", RegularFile).ExitCode);

        Assert.True(code == 2, $"exit code {code}: {output}{error}");
        Assert.Equal($"error: no plugin was loaded: {problem}", (output + error).ReplaceLineEndings("\n").TrimEnd('\n'));

        var (validated, text) = CommandLine.Run("validate", Wiring.TrainingHarness.Data("tiny.yaml"), "--plugins", RegularFile);

        Assert.True(validated == 2, $"exit code {validated}: {text}");
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        Assert.Equal($"error: no plugin was loaded: {problem}", text.Replace("\n", "", StringComparison.Ordinal));
    }

    [UnreadableFolderFact]
    public void APluginFolderThatCannotBeReadIsRefused()
    {
        if (OperatingSystem.IsWindows()) return;                                  // the attribute skips it there
        var folder = Directory.CreateDirectory(Path.Combine(root, "locked")).FullName;
        File.SetUnixFileMode(folder, UnixFileMode.None);
        try
        {
            var (code, output) = CommandLine.Run("components", "--plugins", folder);

            Assert.True(code == 2, $"exit code {code}: {output}");
            Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
            Assert.Contains($"  - Plugin folder '{folder}' cannot be read (", output, StringComparison.Ordinal);
        }
        finally
        {
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [Theory]
    [InlineData("status")]
    [InlineData("report")]
    [InlineData("export")]
    [InlineData("run-cell", "0")]
    public void AMatrixFolderWithoutMatrixJsonIsRefused(string verb, params string[] more)
    {
        var folder = Directory.CreateDirectory(Path.Combine(root, "matrix")).FullName;

        AssertRefused($"error: {folder} is not a matrix folder: matrix.json is missing", ["matrix", verb, folder, .. more]);
    }

    [Theory]
    [InlineData("status")]
    [InlineData("report")]
    [InlineData("export")]
    [InlineData("run-cell", "0")]
    public void AMatrixFolderWhoseMatrixJsonDoesNotParseIsRefused(string verb, params string[] more)
    {
        var folder = Directory.CreateDirectory(Path.Combine(root, "matrix")).FullName;
        File.WriteAllText(Path.Combine(folder, "matrix.json"), "{ not json");

        var (code, output) = CommandLine.Run(["matrix", verb, folder, .. more]);

        Assert.True(code == 2, $"exit code {code}: {output}");
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        var line = Assert.Single(output.Replace("\n", "", StringComparison.Ordinal).Split("error:", StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($" {Path.Combine(folder, "matrix.json")} is not a matrix manifest: ", line, StringComparison.Ordinal);
    }

    private static void AssertRefused(string expected, params string[] args)
    {
        var (code, output) = CommandLine.Run(args);

        Assert.True(code == 2, $"exit code {code}: {output}");
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (lines[^1].StartsWith("usage: dreamer ", StringComparison.Ordinal)) lines.RemoveAt(lines.Count - 1);   // a refused option's usage
        Assert.Equal(expected, string.Concat(lines));
    }
}
