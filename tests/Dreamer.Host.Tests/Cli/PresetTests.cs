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
    public void TheDmcVisionPresetSetsTheReferencesDmcValuesForBehaviorTrainingAndReplay()
    {
        var services = new HostServices();
        var loader = services.Loader(services.Catalog([]), HostServices.TrainingSlots);

        var composition = loader.Load(Path.Combine(RepositoryRoot.Path, "compositions", "dmc-vision.yaml"), ["environment.type=minatar.breakout"]);

        // dreamerv2.md §8, dmc_vision column (and §7.2): each value from the file, none from an option's Atari default.
        var expected = new Dictionary<string, double>
        {
            ["behavior.with.horizon"] = 15,
            ["behavior.with.lambda"] = 0.95,
            ["behavior.with.actor_entropy"] = 1e-4,
            ["behavior.with.actor_optimizer.lr"] = 8e-5,
            ["behavior.with.critic_optimizer.lr"] = 8e-5,
            ["behavior.with.slow_target_every"] = 100,
            ["training.steps"] = 1e8,
            ["training.batch"] = 16,
            ["training.length"] = 50,
            ["training.prefill"] = 1000,
            ["training.pretrain"] = 100,
            ["training.train_every"] = 5,
            ["training.train_steps"] = 1,
            ["training.eval_every"] = 1e4,
            ["training.eval_episodes"] = 1,
            ["training.action_repeat"] = 2,
            ["training.time_limit"] = 0,
            ["replay.capacity"] = 2e6,
            ["replay.minlen"] = 50,
            ["world_model.discount"] = 0.99,
            ["world_model.optimizer.lr"] = 3e-4,
            ["world_model.loss_scales.kl"] = 1.0,
        };
        foreach (var (path, value) in expected)
        {
            var resolved = composition.Values.Single(entry => entry.Path == path);
            Assert.True(double.Parse(resolved.Text, System.Globalization.CultureInfo.InvariantCulture) == value, $"{path}: {resolved.Text}, expected {value}");
            Assert.Contains("compositions/dmc-vision.yaml:", resolved.Source.Text);
        }
        Assert.Equal("false", composition.Values.Single(entry => entry.Path == "replay.prioritize_ends").Text);
        Assert.Equal("false", composition.Values.Single(entry => entry.Path == "world_model.discount_head.enabled").Text);
        Assert.Equal("identity", composition.Values.Single(entry => entry.Path == "world_model.reward_transform").Text);
        Assert.Equal("actor-gradient.dynamics", composition.Component(Dreamer.Abstractions.Components.ComponentSlot.ActorGradient)!.Key);
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
