using Dreamer.Host.Cli;
using Dreamer.Host.Composition;
using Dreamer.Tests.Support;
using Dreamer.Training.WorldModels;

namespace Dreamer.Host.Tests.Cli;

/// <summary>The shipped presets load through the real catalog and the host's loader, every slot filled.</summary>
public sealed class PresetTests
{
    [Theory]
    [InlineData("atari.yaml", 600, "actor-gradient.reinforce")]
    [InlineData("dmc-vision.yaml", 200, "actor-gradient.dynamics")]
    public void APresetLoadsWithEverySlotFilled(string preset, int hidden, string actorGradient)
    {
        var services = new HostServices();
        var loader = services.Loader(services.Catalog([]), HostServices.TrainingSlots);

        var composition = loader.Load(
            Path.Combine(RepositoryRoot.Path, "compositions", preset),
            ["environment.type=minatar.breakout", "behavior.type=behavior.actor-critic", $"actor_gradient.type={actorGradient}"]);

        Assert.Equal(hidden, composition.Section<WorldModelOptions>().Hidden);
        Assert.Equal(
            ["environment", "encoder", "decoder", "latent", "dynamics", "kl", "behavior", "actor_gradient"],
            composition.Components.Select(choice => choice.Slot));
        Assert.Contains($"compositions/{preset}:", composition.Values.Single(value => value.Path == "world_model.hidden").Source.Text);
        Assert.Equal(ValueSource.Override, composition.Values.Single(value => value.Path == "behavior.type").Source);
    }

    [Fact]
    public void TheMinatarPresetTrainsOnTheBinaryGridAtTheDefaultsReplayRatio()
    {
        var services = new HostServices();
        var loader = services.Loader(services.Catalog([]), HostServices.TrainingSlots);

        var composition = loader.Load(Path.Combine(RepositoryRoot.Path, "compositions", "minatar.yaml"), []);

        Assert.Equal("encoder.conv", composition.Component(Dreamer.Abstractions.Components.ComponentSlot.Encoder)!.Key);
        Assert.Equal("1", composition.Values.Single(value => value.Path == "encoder.with.stride").Text);
        Assert.Equal("decoder.grid", composition.Component(Dreamer.Abstractions.Components.ComponentSlot.Decoder)!.Key);
        Assert.Equal(ObservationScale.Binary, composition.Section<WorldModelOptions>().ObservationScale);
        var training = composition.Section<Dreamer.Training.Loop.TrainingOptions>();
        Assert.True(training.Batch * training.Length / (double)training.TrainEvery >= 50, "replay ratio below 50 replayed steps per agent step");
    }

    [Theory]
    [InlineData("minatar.breakout")]
    [InlineData("minatar.asterix")]
    [InlineData("minatar.freeway")]
    [InlineData("minatar.seaquest")]
    [InlineData("minatar.space-invaders")]
    public void TheMinatarPresetBuildsItsNetworksForEveryGame(string game)
    {
        var (exitCode, output) = CommandLine.Run("summary", Path.Combine(RepositoryRoot.Path, "compositions", "minatar.yaml"), "--set", $"environment.type={game}");

        Assert.True(exitCode == 0, output);
        Assert.Contains("encoder", output);
    }
}
