using System.Diagnostics;
using System.Text;
using Dreamer.Host.Matrix;
using Dreamer.Host.Tests.Cli;

namespace Dreamer.Host.Tests.Composition;

/// <summary>
/// A composition file, and every preset it extends, is read under limits: size, YAML nodes, nesting and one document.
/// Each refusal is one line naming the file (and line) with exit code 2, no stack trace, and comes at once.
/// </summary>
public sealed class BoundedInputTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("dreamer-bounded-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Theory]
    [InlineData("validate")]
    [InlineData("train")]
    public void DevZeroIsRefusedInOneLineWithinTwoSeconds(string command)
    {
        var clock = Stopwatch.StartNew();
        var (exit, output) = CommandLine.Run(command, "/dev/zero");
        clock.Stop();

        AssertRefused(exit, output, "dev/zero: the file is larger than 1 MiB (1,048,576 bytes); allowed: at most 1 MiB (1,048,576 bytes)");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed}");
    }

    [Fact]
    public void AMatrixFileIsReadUnderTheSameSizeLimit()
    {
        var clock = Stopwatch.StartNew();
        var exception = Assert.Throws<MatrixFileException>(() => MatrixFileLoader.Load("/dev/zero"));
        clock.Stop();

        var error = Assert.Single(exception.Errors);
        Assert.Equal("/dev/zero:1: (file): the file is larger than 1 MiB (1,048,576 bytes); allowed: at most 1 MiB (1,048,576 bytes)", error.ToString());
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed}");
    }

    [Fact]
    public void AFileOverOneMebibyteIsRefusedNamingTheFileAndTheLimit()
    {
        var file = Write("big.yaml", "# " + new string('x', 1 << 20) + "\nlatent: { type: latent.categorical }\n");

        var (exit, output) = CommandLine.Run("validate", file);

        AssertRefused(exit, output, "big.yaml: the file is larger than 1 MiB (1,048,576 bytes); allowed: at most 1 MiB");
    }

    [Fact]
    public void APresetOverTheLimitIsRefusedNamingThePreset()
    {
        Write("huge-preset.yaml", new string('#', (1 << 20) + 1));
        var file = Write("small.yaml", "extends: ./huge-preset.yaml\n");

        var (exit, output) = CommandLine.Run("validate", file);

        AssertRefused(exit, output, "huge-preset.yaml: the file is larger than 1 MiB");
    }

    [Fact]
    public void AListOfTwoHundredThousandEntriesIsRefusedQuicklyWithFileAndLine()
    {
        var items = string.Join(',', Enumerable.Repeat("1", 200_000));
        var file = Write("long.yaml", $"training: {{ steps: 10 }}\nlatent: {{ type: latent.categorical, with: {{ hidden: [{items}] }} }}\n");
        Assert.True(new FileInfo(file).Length < 1 << 20);

        var clock = Stopwatch.StartNew();
        var (exit, output) = CommandLine.Run("validate", file);

        AssertRefused(exit, output, "long.yaml:2:");
        Assert.Contains("more than 10,000 values, lists and maps; allowed: at most 10,000 in one file", output, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed}");
    }

    [Fact]
    public void AliasesThatExpandPastTheNodeLimitAreRefused()
    {
        var text = new StringBuilder("a0: &a0 [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]\n");
        for (var i = 1; i < 8; i++) text.Append($"a{i}: &a{i} [*a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}]\n");
        var file = Write("laughs.yaml", text.ToString());

        var (exit, output) = CommandLine.Run("validate", file);

        AssertRefused(exit, output, "laughs.yaml:");
        Assert.Contains("more than 10,000 values, lists and maps", output, StringComparison.Ordinal);
    }

    [Fact]
    public void NestingDeeperThanSixtyFourLevelsIsRefused()
    {
        var file = Write("deep.yaml", "a: " + new string('[', 10_000) + new string(']', 10_000) + "\n");

        var (exit, output) = CommandLine.Run("validate", file);

        AssertRefused(exit, output, "deep.yaml:1:");
        Assert.Contains("lists and maps nest more than 64 levels deep here; allowed: at most 64", output, StringComparison.Ordinal);
    }

    [Fact]
    public void ASecondDocumentIsRefusedNamingItsLine()
    {
        var file = Write("two.yaml", "training: { steps: 10 }\n---\ntraining: { steps: 20 }\n");

        var (exit, output) = CommandLine.Run("validate", file);

        AssertRefused(exit, output, "two.yaml:2:1: a second YAML document starts here; a composition file holds one document");
    }

    [Fact]
    public void ASyntaxErrorNamesFileLineAndColumn()
    {
        var file = Write("broken.yaml", "training: { steps: 10\nlatent: [\n");

        var (exit, output) = CommandLine.Run("validate", file);

        AssertRefused(exit, output, "broken.yaml:");
        Assert.Matches(@"broken\.yaml:\d+:\d+: invalid YAML: ", output);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(root, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static void AssertRefused(int exit, string output, string message)
    {
        Assert.True(exit == 2, $"exit code {exit}: {output}");
        var line = Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(message, line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }
}
