using Dreamer.Tests.Support;
using Dreamer.Training.Checkpoints;
using Dreamer.Training.Logging;
using Dreamer.Training.Replay;
using Dreamer.Training.Runs;

namespace Dreamer.Host.Tests.Wiring;

[Collection(RunsAloneCollection.Name)]
public sealed class TrainerTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("dreamer-trainer-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    [Trait(TestCategory.Name, TestCategory.Slow)]
    public void TheSameSeedGivesIdenticalMetricsForTheFirstTwoHundredUpdates()
    {
        // Prefill 100 steps, 1 + 2 pretrain updates, then one update per agent step and a log line after each.
        string[] overrides = ["training.steps=297", "training.train_every=1", "training.log_every=1", "training.eval_every=100000", "training.checkpoint_every=1000"];
        var first = TrainingHarness.Train(Path.Combine(root, "a"), TrainingHarness.Load(null, overrides));
        var second = TrainingHarness.Train(Path.Combine(root, "b"), TrainingHarness.Load(null, overrides));
        Assert.Equal(200, first.Updates);
        Assert.Equal(200, second.Updates);
        var a = TrainingHarness.Metrics(Path.Combine(root, "a"));
        var b = TrainingHarness.Metrics(Path.Combine(root, "b"));
        Assert.True(a.Count >= 190, $"expected a metrics line per update, got {a.Count}");
        Assert.Equal(a, b);
        var third = TrainingHarness.Metrics(TrainAnotherSeed());
        Assert.NotEqual(a, third);

        string TrainAnotherSeed()
        {
            var folder = Path.Combine(root, "c");
            TrainingHarness.Train(folder, TrainingHarness.Load(null, [.. overrides, "training.seed=1"]));
            return folder;
        }
    }

    [Fact]
    [Trait(TestCategory.Name, TestCategory.Slow)]
    public void AnEvaluationInSeveralEnvironmentsPlaysExactlyTheEpisodesAsked()
    {
        var folder = new RunFolder(Path.Combine(root, "eval-envs"));
        TrainingHarness.Train(folder.Root, TrainingHarness.Load(null, "training.steps=200", "training.eval_envs=3", "training.eval_episodes=4"));

        var evaluations = MetricsLog.Read(folder.Metrics).Where(r => r.Scalars.ContainsKey("return/eval")).ToList();
        Assert.NotEmpty(evaluations);
        Assert.All(evaluations, r => Assert.Equal(4, r.Scalars["episode/eval_episodes"]));
        Assert.Contains("eval_envs: 3", File.ReadAllText(folder.Composition));
    }

    [Fact]
    [Trait(TestCategory.Name, TestCategory.Slow)]
    public void ARunWritesEpisodesMetricsCheckpointsPlotsAndVideosAndResumesWhereItStopped()
    {
        var folder = new RunFolder(Path.Combine(root, "run"));
        var composition = TrainingHarness.Load(null, "training.steps=200");
        var counters = TrainingHarness.Train(folder.Root, composition);
        Assert.Equal(200, counters.Step);
        Assert.True(counters.Updates > 40);
        Assert.NotEmpty(Directory.GetFiles(folder.Episodes, "*.npz"));
        Assert.True(File.Exists(folder.LearningCurve));
        Assert.NotEmpty(Directory.GetFiles(folder.Videos, "open-loop-*.gif"));
        Assert.NotEmpty(Directory.GetFiles(folder.TensorBoard, "events.out.tfevents.*"));
        var names = MetricsLog.Read(folder.Metrics).SelectMany(r => r.Scalars.Keys).ToHashSet();
        foreach (var name in new[] { "loss/image", "loss/reward", "loss/discount", "loss/kl", "world_model/prior_entropy", "world_model/posterior_entropy", "actor/entropy", "critic/value", "return/train", "return/eval", "fps/env", "fps/update", "memory/rss_mib", "memory/managed_mib" })
            Assert.Contains(name, names);
        Assert.All(MetricsLog.Read(folder.Metrics).Where(r => r.Scalars.ContainsKey("return/eval")), r => Assert.Equal(1, r.Scalars["episode/eval_episodes"]));
        var status = RunStatusFile.Read(folder.Root)!;
        Assert.Equal(RunState.Finished, status.State);

        var episodesBefore = Directory.GetFiles(folder.Episodes, "*.npz").Length;
        var resumed = TrainingHarness.Train(folder.Root, TrainingHarness.Load(null, "training.steps=300"));
        Assert.Equal(300, resumed.Step);
        Assert.True(resumed.Updates > counters.Updates);
        Assert.True(Directory.GetFiles(folder.Episodes, "*.npz").Length >= episodesBefore);
        var checkpoint = CheckpointStore.Load(new CheckpointStore(folder.Root).Latest()!);
        Assert.Equal(resumed.Updates, checkpoint.Counters.Updates);
        Assert.Equal(resumed.Updates, checkpoint.Counters.OptimizerSteps["model"]);
        Assert.Equal(resumed.Updates, checkpoint.OptimizerState["model.step"].item<long>());
        Assert.Contains("model.rssm.cell.norm.weight.exp_avg", checkpoint.OptimizerState.Keys);
        Assert.Equal(2, Directory.GetFiles(folder.TensorBoard, "events.out.tfevents.*").Length);

        var gifs = Path.Combine(root, "gifs");
        var (evalCode, evalOutput) = Dreamer.Host.Tests.Cli.CommandLine.Run("eval", folder.Root, "--episodes", "2", "--gif", gifs);
        Assert.Equal(0, evalCode);
        Assert.Contains("episodes 2", evalOutput);
        Assert.Equal(2, Directory.GetFiles(gifs, "episode-*.gif").Length);

        var (resumeCode, resumeOutput) = Dreamer.Host.Tests.Cli.CommandLine.Run("resume", folder.Root, TrainingHarness.Data("tiny.yaml"), "--set", "training.batch=8", "--set", "training.steps=300");
        Assert.Equal(2, resumeCode);
        Assert.Contains("training.batch: 4 → 8", resumeOutput);
        Assert.Contains("refusing to resume; add --use checkpoint", resumeOutput);
    }

    [Fact]
    public void CudaOnAMachineWithoutItFailsBeforeBuildingAnything()
    {
        var error = Assert.Throws<ArgumentException>(() => TrainingHarness.Train(Path.Combine(root, "cuda"), TrainingHarness.Load(null, "training.device=cuda")));
        Assert.StartsWith("training.device is cuda, but CUDA is not available", error.Message);
        Assert.False(Directory.Exists(Path.Combine(root, "cuda", "episodes")));
    }

    [Fact]
    [Trait(TestCategory.Name, TestCategory.Slow)]
    public void CancellationStopsWithACheckpointThatResumeContinues()
    {
        var folder = Path.Combine(root, "cancelled");
        using var cancellation = new CancellationTokenSource();
        var composition = TrainingHarness.Load(null, "training.steps=100000");
        cancellation.CancelAfter(TimeSpan.FromSeconds(8));
        var stopped = TrainingHarness.Train(folder, composition, cancellation.Token);
        Assert.True(stopped.Step < 100000);
        var saved = CheckpointStore.Load(new CheckpointStore(folder).Latest()!).Counters;
        Assert.Equal(stopped.Updates, saved.Updates);
        Assert.Equal(RunState.Stopped, RunStatusFile.Read(folder)!.State);
        var finished = TrainingHarness.Train(folder, TrainingHarness.Load(null, $"training.steps={stopped.Step + 30}"));
        Assert.True(finished.Updates >= stopped.Updates);
        Assert.Equal(stopped.Step + 30, finished.Step);
    }

    [Fact]
    public void RulesAcrossValuesAreReportedWhenTheCompositionLoads()
    {
        var error = Assert.Throws<Dreamer.Host.Composition.CompositionException>(() =>
            TrainingHarness.Load(null, "training.device=gpu", "world_model.grad_heads=[decoder, image]"));
        Assert.Equal(
            [
                "--set: training.device: gpu is not a device; allowed: cpu, cuda, cuda:N",
                "--set: world_model.grad_heads[1]: image is not a head of the world model; allowed: decoder, reward, discount",
            ],
            error.Errors.Select(e => e.ToString()));
    }

    [Fact]
    [Trait(TestCategory.Name, TestCategory.Slow)]
    public void EpisodesOnDiskAreNumpyReadableArchives()
    {
        var folder = new RunFolder(Path.Combine(root, "npz"));
        TrainingHarness.Train(folder.Root, TrainingHarness.Load(null, "training.steps=120", "training.prefill=120"));
        var file = Directory.GetFiles(folder.Episodes, "*.npz").Order().First();
        var episode = EpisodeFile.Read(file);
        Assert.Equal(new[] { 1, 64, 64 }, episode.ObservationShape);
        Assert.Equal(3, episode.ActionSize);
        Assert.True(episode.IsFirst[0]);
        Assert.True(episode.IsLast[^1]);
        Assert.All(Enumerable.Range(1, episode.Rows - 1), row => Assert.Equal(1f, episode.Actions.Skip(row * 3).Take(3).Sum()));
        Assert.Equal(episode.Length, int.Parse(Path.GetFileNameWithoutExtension(file).Split('-')[1]));
    }
}
