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
    public void TheAtariAlePresetRunsTheReferenceAtariProtocolThroughTheBridgeWithTheAtariSchedule()
    {
        var services = new HostServices();
        var loader = services.Loader(services.Catalog([]), HostServices.TrainingSlots);

        var composition = loader.Load(Path.Combine(RepositoryRoot.Path, "compositions", "atari-ale.yaml"), []);

        // dreamerv2.md §7.1: ALE at frameskip 1 with sticky actions and the minimal set, AtariPreprocessing's 4-frame
        // repeat (so no action repeat of ours), 27000 agent steps; the rest from atari.yaml (§8 Atari column).
        Assert.Equal("python.gymnasium", composition.Component(Dreamer.Abstractions.Components.ComponentSlot.Environment)!.Key);
        Assert.Equal("ALE/Pong-v5", Value("environment.with.id"));
        Assert.Equal(["frameskip=1", "repeat_action_probability=0.25", "full_action_space=false"], Strings("environment.with.kwargs"));
        Assert.Equal(["ale_py"], Strings("environment.with.imports"));
        Assert.Equal(
            ["gymnasium.wrappers:AtariPreprocessing(noop_max=30, frame_skip=4, screen_size=64, terminal_on_life_loss=false, grayscale_obs=true, scale_obs=false)"],
            Strings("environment.with.wrappers"));
        Assert.Contains("compositions/atari-ale.yaml:", composition.Values.Single(entry => entry.Path == "environment.with.wrappers").Source.Text);
        var expected = new Dictionary<string, (string Text, string File)>
        {
            ["training.action_repeat"] = ("1", "atari-ale"),
            ["training.time_limit"] = ("27000", "atari-ale"),
            ["training.train_every"] = ("16", "atari"),
            ["training.prefill"] = ("50000", "atari"),
            ["training.eval_every"] = ("250000", "atari"),
            ["world_model.reward_transform"] = ("tanh", "atari"),
            ["world_model.discount"] = ("0.999", "atari"),
            ["world_model.loss_scales.kl"] = ("0.1", "atari"),
            ["replay.prioritize_ends"] = ("true", "atari"),
        };
        foreach (var (path, (text, file)) in expected)
        {
            var resolved = composition.Values.Single(entry => entry.Path == path);
            Assert.True(resolved.Text == text, $"{path}: {resolved.Text}, expected {text}");
            Assert.Contains($"compositions/{file}.yaml:", resolved.Source.Text);
        }
        Assert.Equal("actor-gradient.reinforce", composition.Component(Dreamer.Abstractions.Components.ComponentSlot.ActorGradient)!.Key);

        string Value(string path) => composition.Values.Single(entry => entry.Path == path).Text;
        IEnumerable<string> Strings(string path) => (IEnumerable<string>)composition.Values.Single(entry => entry.Path == path).Value!;
    }

    [Fact]
    public void TheMinatarPresetTrainsOnTheBinaryGridAtTheDefaultsReplayRatioFromThePapersReplay()
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
        Assert.Equal(1, training.Threads);
        Assert.Equal(2_000_000, composition.Section<Dreamer.Training.Replay.ReplayOptions>().Capacity);
        Assert.Equal("0.01", composition.Values.Single(value => value.Path == "behavior.with.actor_entropy").Text);
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
