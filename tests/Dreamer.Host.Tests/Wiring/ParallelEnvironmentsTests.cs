using Dreamer.Host.Cli;
using Dreamer.Tests.Support;
using Dreamer.Training.Acting;
using Dreamer.Training.Checkpoints;
using Dreamer.Training.Logging;
using Dreamer.Training.Replay;
using Dreamer.Training.Runs;

namespace Dreamer.Host.Tests.Wiring;

/// <summary><c>training.envs</c>: N environments stepped together, one batched policy call per driver step.</summary>
[Trait(TestCategory.Name, TestCategory.Slow)]
[Collection(RunsAloneCollection.Name)]
public sealed class ParallelEnvironmentsTests : IDisposable
{
    private const int Envs = 4;
    private readonly string root = Directory.CreateTempSubdirectory("dreamer-envs-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void TheDriverCallsThePolicyOncePerStepWithARowPerEnvironment()
    {
        StampedEnvironment.Calls.Clear();
        var environments = Enumerable.Range(0, Envs)
            .Select(i => new StampedEnvironment(new StampedEnvironmentOptions(), new(EnvironmentGroup.Seed(7, i), i)))
            .ToList();
        var driver = new Driver(environments, [1, 64, 64], 1);
        var calls = 0;
        var finished = new List<Episode>();
        for (var step = 0; step < 30; step++)
        {
            finished.AddRange(driver.Step((observations, isFirst) =>
            {
                calls++;
                Assert.Equal(Envs, isFirst.Length);
                Assert.Equal(Envs * 64 * 64, observations.Length);
                Assert.Equal(Enumerable.Range(0, Envs).Select(StampedEnvironment.Stamp), Enumerable.Range(0, Envs).Select(i => observations[i * 64 * 64]));
                return new float[Envs];
            }));
        }
        Assert.Equal(30, calls);
        Assert.Equal([0, 1, 2, 3], finished.Select(e => Array.IndexOf(Stamps, e.Observations[0])).Distinct().Order());
        Assert.Equal(Envs, environments.Select((_, i) => EnvironmentGroup.Seed(7, i)).Distinct().Count());
        Assert.Equal(7, EnvironmentGroup.Seed(7, 0));
    }

    [Fact]
    public void FourEnvironmentsTrainStoreEpisodesFromEachAndKeepTheCadenceOfSingleSteps()
    {
        StampedEnvironment.Calls.Clear();
        var catalog = new CatalogWith(new HostServices().Catalog([]), typeof(StampedEnvironment));
        string[] overrides = ["environment.type=test.stamped", $"training.envs={Envs}", "training.prefill=40", "training.eval_every=1000", "training.checkpoint_every=1000"];
        var folder = new RunFolder(Path.Combine(root, "run"));

        var counters = TrainingHarness.Train(folder.Root, TrainingHarness.Load(catalog, [.. overrides, "training.steps=200"]));

        // Prefill ends at step 40, when environment 0 finishes its 10-step episode; 1 + 2 pretrain updates; then
        // train_every = 2 fires at agent steps 41, 43, …, 199 as if they were counted one at a time: 80 updates.
        Assert.Equal(200, counters.Step);
        Assert.Equal(3 + 80, counters.Updates);
        var training = StampedEnvironment.Calls.Where(c => c.Index < Envs).ToList();
        var steps = training.Where(c => c.Call == "step").Select(c => c.Index).ToList();
        Assert.Equal(Enumerable.Repeat(new[] { 0, 1, 2, 3 }, 200 / Envs).SelectMany(round => round), steps);
        Assert.Equal(Enumerable.Range(0, Envs).Select(i => EnvironmentGroup.Seed(0, i)), training.Select(c => (c.Index, c.Seed)).Distinct().OrderBy(c => c.Index).Select(c => c.Seed));
        Assert.Equal(Envs, training.Select(c => c.Seed).Distinct().Count());

        var stored = StoredStamps(folder);
        Assert.Equal([0, 1, 2, 3], stored.Distinct().Order());
        Assert.Equal(counters.StoredEpisodes, stored.Count);
        var logged = MetricsLog.Read(folder.Metrics).Where(r => r.Scalars.ContainsKey("loss/image")).Select(r => r.Step);
        Assert.Equal([44L, 92, 144, 192, 200], logged);

        var resumed = TrainingHarness.Train(folder.Root, TrainingHarness.Load(catalog, [.. overrides, "training.steps=280"]));
        Assert.Equal(280, resumed.Step);
        Assert.Equal(counters.Updates + 40, resumed.Updates);
        var files = Directory.GetFiles(folder.Episodes, "*.npz").Select(f => int.Parse(Path.GetFileName(f).Split('-')[0])).Order();
        Assert.Equal(Enumerable.Range(0, (int)resumed.StoredEpisodes), files);
        Assert.Equal(resumed.Updates, CheckpointStore.Load(new CheckpointStore(folder.Root).Latest()!).Counters.Updates);
    }

    [Fact]
    public void PrefillEndsByResettingEveryEnvironmentSoThePolicyStartsOnFreshEpisodes()
    {
        StampedEnvironment.Calls.Clear();
        var catalog = new CatalogWith(new HostServices().Catalog([]), typeof(StampedEnvironment));
        string[] overrides = ["environment.type=test.stamped", $"training.envs={Envs}", "training.prefill=40", "training.eval_every=1000",
            "training.checkpoint_every=1000", "training.steps=48"];

        TrainingHarness.Train(Path.Combine(root, "run"), TrainingHarness.Load(catalog, overrides));

        // Prefill is 10 driver steps: environment 0's 10-step episode ends on the last, the random-policy episodes of
        // environments 1–3 (11, 12, 13 steps) are dropped, and every environment starts the policy's first step anew.
        string[] expected = ["reset", .. Enumerable.Repeat("step", 10), "reset", "step", "step"];
        for (var i = 0; i < Envs; i++)
            Assert.Equal(expected, StampedEnvironment.Calls.Where(c => c.Index == i).Select(c => c.Call));
    }

    private static readonly byte[] Stamps = Enumerable.Range(0, Envs).Select(StampedEnvironment.Stamp).ToArray();

    private static List<int> StoredStamps(RunFolder folder) => Directory.GetFiles(folder.Episodes, "*.npz")
        .Select(EpisodeFile.Read)
        .Select(episode => Array.IndexOf(Stamps, episode.Observations[0]))
        .ToList();
}
