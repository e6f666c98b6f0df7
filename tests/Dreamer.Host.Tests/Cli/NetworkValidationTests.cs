using Dreamer.Host.Tests.Matrix;
using Dreamer.Host.Tests.Plugins;

namespace Dreamer.Host.Tests.Cli;

/// <summary>
/// <c>dreamer validate</c> builds the networks and runs one update on them, so a composition that could only fail in
/// training is refused first, in one line naming the slot and component, with exit code 2 and no stack trace; a run that
/// cannot fit in this machine's memory is refused by <c>validate</c> and <c>train</c> alike. Validating measures the
/// networks on the meta device, libtorch's process-wide default while it lasts, so these run alone.
/// </summary>
[Collection(RunsAloneCollection.Name)]
public sealed class NetworkValidationTests : IDisposable
{
    /// <summary>A replay of 10^12 steps: petabytes, more than any machine has.</summary>
    private static readonly string[] HugeReplay = ["--set", "replay.capacity=1000000000000", "--set", "training.steps=1000000000000"];

    private readonly string root = Directory.CreateTempSubdirectory("dreamer-validate-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    private static string Composition(string name) => Path.Combine(MatrixTestFolder.RepositoryRoot, "compositions", name);

    [Theory]
    [InlineData("default.yaml", "parameters: 1,570,520 (world model 1,174,715, behavior 395,805; 1,438,719 trained)", "3,000")]
    [InlineData("minatar.yaml", "parameters: 903,883 (world model 765,978, behavior 137,905; 857,982 trained)", "25,000")]
    public void TheShippedCompositionsValidateWithParameterCountsAndAMemoryEstimate(string file, string parameters, string replaySteps)
    {
        var (exit, output) = CommandLine.Run("validate", Composition(file));

        Assert.True(exit == 0, $"exit code {exit}: {output}");
        Assert.Contains("encoder.type", output, StringComparison.Ordinal);
        Assert.Contains(parameters + "\n", output, StringComparison.Ordinal);
        Assert.Matches(@"\nmemory estimate [\d.]+ MiB: parameters [\d.]+ MiB, gradients and Adam moments [\d.]+ MiB, replay of " + replaySteps + @" steps [\d.]+ MiB, activations of a 16 × 16 batch about [\d.]+ MiB\n", output);
    }

    [Theory]
    [InlineData("compositions/minatar.yaml:11: encoder: encoder.conv cannot be built: the image [4, 10, 10] is too small for kernels [5, 5, 5].",
        "minatar.yaml", "encoder.with.kernels=[5, 5, 5]")]
    [InlineData("compositions/default.yaml:7: encoder: encoder.conv cannot be built: the image [4, 10, 10] is too small for kernels [4, 4, 4, 4].",
        "default.yaml", "environment.with.view=grid")]
    [InlineData("--set: encoder.with.kernels[0]: 0 is out of range; allowed: 1 to 64", "minatar.yaml", "encoder.with.kernels=[0, 3, 3]")]
    [InlineData("--set: encoder.with.kernels[1]: -2 is out of range; allowed: 1 to 64", "minatar.yaml", "encoder.with.kernels=[3, -2, 3]")]
    [InlineData("--set: decoder.with.kernels[0]: 0 is out of range; allowed: 1 to 64", "minatar.yaml", "decoder.with.kernels=[0, 3, 3]")]
    [InlineData("--set: encoder: encoder.mlp cannot be built: encoder.mlp takes vector observations [N]; got [4, 10, 10]; for images and grids use encoder.conv.",
        "minatar.yaml", "encoder.type=encoder.mlp")]
    [InlineData("--set: encoder: encoder.mlp cannot be built: encoder.mlp takes vector observations [N]; got [1, 64, 64]; for images and grids use encoder.conv.",
        "default.yaml", "encoder.type=encoder.mlp")]
    [InlineData("--set: decoder: decoder.conv cannot be built: decoder.conv with kernels [3, 3, 3] produces 15×15 images; the observation is [4, 10, 10].",
        "minatar.yaml", "decoder.type=decoder.conv")]
    public void ACompositionThatTrainingWouldCrashOnIsRefusedInOneLine(string message, string file, string set)
    {
        var (exit, output) = CommandLine.Run("validate", Composition(file), "--set", set);

        AssertRefused(exit, output, message);
    }

    [Fact]
    public void AComponentThatBreaksItsShapeContractIsRefusedByValidate()
    {
        var (exit, output) = CommandLine.Run("validate", Path.Combine(AppContext.BaseDirectory, "Wiring", "Data", "tiny.yaml"),
            "--set", "encoder.type=test.wide-encoder", "--plugins", TestPlugin.Folder(TestPlugin.ShapeMismatch));

        AssertRefused(exit, output, "--set: encoder: test.wide-encoder one training update on a batch of zeros [T=2, B=1] failed: Component 'test.wide-encoder' ");
        Assert.Contains("broke the IEncoder contract: Encode returned [2, 1, 17], expected [2, 1, 16]", output, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateRefusesARunThatCannotFitNamingTheEstimateAndWhatIsAvailable()
    {
        var (exit, output) = CommandLine.Run(["validate", Composition("default.yaml"), .. HugeReplay]);

        AssertRefused(exit, output, "error: the run needs about 3.7 PiB of memory (parameters 6 MiB, gradients and Adam moments 16.5 MiB, replay 3.7 PiB, activations 124.9 MiB), more than the ");
        Assert.Contains(" this machine has available; make replay.capacity, training.batch, training.length or the networks smaller, or pass --no-memory-check", output, StringComparison.Ordinal);
    }

    [Fact]
    public void NetworksTooLargeToAllocateAreMeasuredOnTheMetaDeviceAndRefused()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var (exit, output) = CommandLine.Run("validate", Composition("default.yaml"), "--set", "encoder.with.depth=4096", "--set", "decoder.with.depth=4096");
        clock.Stop();

        AssertRefused(exit, output, "error: the run needs about 1 TiB of memory (parameters 259.3 GiB, gradients and Adam moments 778 GiB, replay 11.8 MiB, activations 124.9 MiB)");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
    }

    [Fact]
    public void NoMemoryCheckLetsValidatePassWithAWarning()
    {
        var (exit, output) = CommandLine.Run(["validate", Composition("default.yaml"), .. HugeReplay, "--no-memory-check"]);

        Assert.True(exit == 0, $"exit code {exit}: {output}");
        Assert.Contains("memory estimate 3.7 PiB: ", output, StringComparison.Ordinal);
        Assert.Contains("warning: the run needs about 3.7 PiB of memory", output, StringComparison.Ordinal);
    }

    [Fact]
    public void TrainRefusesARunThatCannotFitBeforeItMakesTheRunFolder()
    {
        var folder = Path.Combine(root, "run");

        var (exit, output) = CommandLine.Run(["train", Composition("default.yaml"), .. HugeReplay, "--run-dir", folder]);

        AssertRefused(exit, output, "error: the run needs about 3.7 PiB of memory");
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public void TrainRefusesNetworksThatCannotBeBuiltBeforeItMakesTheRunFolder()
    {
        var folder = Path.Combine(root, "run");

        var (exit, output) = CommandLine.Run("train", Composition("minatar.yaml"), "--set", "encoder.with.kernels=[5, 5, 5]", "--run-dir", folder);

        AssertRefused(exit, output, "encoder: encoder.conv cannot be built: the image [4, 10, 10] is too small for kernels [5, 5, 5].");
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public void ResumeRefusesARunThatCannotFitBeforeItTrains()
    {
        var folder = Path.Combine(root, "run");
        Directory.CreateDirectory(folder);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Wiring", "Data", "tiny.yaml"), Path.Combine(folder, "resolved.yaml"));

        var (exit, output) = CommandLine.Run(["resume", folder, .. HugeReplay]);

        Assert.True(exit == 2, $"exit code {exit}: {output}");
        Assert.StartsWith("error: the run needs about 3.7 PiB of memory", output.TrimEnd('\n').Split('\n')[^1], StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder, "metrics.jsonl")));
    }

    private static void AssertRefused(int exit, string output, string message)
    {
        Assert.True(exit == 2, $"exit code {exit}: {output}");
        var line = Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(message, line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }
}
