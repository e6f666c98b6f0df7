using Dreamer.Host.Cli;
using Dreamer.Host.Tests.Cli;
using Dreamer.Host.Tests.Plugins;
using Dreamer.Training.Contracts;

namespace Dreamer.Host.Tests.Wiring;

/// <summary>A plugin component that breaks its contract's shapes stops the run at its first call, naming it.</summary>
[Collection(RunsAloneCollection.Name)]
public sealed class ComponentContractTests : IDisposable
{
    private const string WideEmbedding =
        "Component 'test.wide-encoder' (Dreamer.TestPlugins.ShapeMismatch.WideEncoder in Dreamer.TestPlugins.ShapeMismatch) broke the " +
        "IEncoder contract: Encode returned [8, 4, 17], expected [8, 4, 16] ([..., E] with E = EmbedSize = 16).";

    private readonly string root = Directory.CreateTempSubdirectory("dreamer-contract-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void AnEncoderWhoseEmbeddingsAreWiderThanEmbedSizeStopsTheFirstUpdate()
    {
        var catalog = new HostServices().Catalog([TestPlugin.Folder(TestPlugin.ShapeMismatch)]);
        var composition = TrainingHarness.Load(catalog, "encoder.type=test.wide-encoder");

        var error = Assert.Throws<ComponentContractException>(() => TrainingHarness.Train(Path.Combine(root, "run"), composition));

        Assert.Equal(WideEmbedding, error.Message);
    }

    [Fact]
    public void DreamerTrainReportsTheBrokenContractAsBadInput()
    {
        var (code, output) = CommandLine.Run(
            "train", TrainingHarness.Data("tiny.yaml"), "--set", "encoder.type=test.wide-encoder",
            "--plugins", TestPlugin.Folder(TestPlugin.ShapeMismatch), "--run-dir", Path.Combine(root, "cli"));

        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.Contains($"error: {WideEmbedding}", string.Join(' ', output.Split('\n', StringSplitOptions.TrimEntries)));
    }
}
