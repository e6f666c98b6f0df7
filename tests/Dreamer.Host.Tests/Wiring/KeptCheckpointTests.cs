using System.Text.Json;
using Dreamer.Host.Matrix;
using Dreamer.Host.Tests.Cli;
using Dreamer.Tests.Support;
using Dreamer.Training.Checkpoints;

namespace Dreamer.Host.Tests.Wiring;

/// <summary>
/// <c>training.keep_checkpoints</c> keeps the checkpoint of each listed agent step through a stop and a resume, and
/// <c>dreamer eval --step N --json FILE</c> plays it and writes every episode (by default to the run's eval/step-N.json).
/// </summary>
[Collection(RunsAloneCollection.Name)]
public sealed class KeptCheckpointTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("dreamer-kept-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    [Trait(TestCategory.Name, TestCategory.Slow)]
    public void TheListedStepsAreKeptAcrossAResumeAndEvalPlaysThem()
    {
        // One update per 2 agent steps and a checkpoint after each: the odd kept steps follow a checkpoint taken one
        // step earlier with the same updates, and must still hold their own step.
        var run = Path.Combine(root, "run");
        string[] overrides = ["training.keep_checkpoints=[151, 251, 300]", "training.eval_every=100000", "training.checkpoint_every=1"];
        TrainingHarness.Train(run, TrainingHarness.Load(null, [.. overrides, "training.steps=200"]));
        var store = new CheckpointStore(run);
        Assert.Equal(new long[] { 151 }, store.KeptSteps());
        TrainingHarness.Train(run, TrainingHarness.Load(null, [.. overrides, "training.steps=300"]));

        Assert.Equal(new long[] { 151, 251, 300 }, store.KeptSteps());
        foreach (var step in store.KeptSteps()) Assert.Equal(step, CheckpointStore.Load(store.KeptPath(step)).Counters.Step);
        Assert.True(CheckpointStore.Load(store.KeptPath(151)).Counters.Updates < CheckpointStore.Load(store.KeptPath(251)).Counters.Updates);
        Assert.Equal(CheckpointStore.Load(store.Latest()!).Counters.Updates, CheckpointStore.Load(store.KeptPath(300)).Counters.Updates);

        var json = Path.Combine(root, "eval", "step-151.json");
        var (code, output) = CommandLine.Run("eval", run, "--step", "151", "--episodes", "3", "--envs", "2", "--json", json);
        Assert.Equal(0, code);
        Assert.Contains("evaluating step-000000151 of", output);
        Assert.Contains("3 greedy episodes in 2 environments", output);
        using var result = JsonDocument.Parse(File.ReadAllText(json));
        var top = result.RootElement;
        Assert.Equal("greedy", top.GetProperty("policy").GetString());
        Assert.Equal(151, top.GetProperty("step").GetInt64());
        Assert.Equal(Path.Combine("checkpoints", "kept", "step-000000151"), top.GetProperty("checkpoint").GetString());
        Assert.Equal(3, top.GetProperty("episodes").GetInt32());
        Assert.Equal(2, top.GetProperty("envs").GetInt32());
        var returns = top.GetProperty("returns").EnumerateArray().Select(value => value.GetDouble()).ToList();
        Assert.Equal(3, returns.Count);
        Assert.Equal(returns.Average(), top.GetProperty("mean_return").GetDouble(), 9);
        Assert.Equal(3, top.GetProperty("lengths").GetArrayLength());

        var (recorded, recordedOutput) = CommandLine.Run("eval", run, "--step", "251", "--episodes", "2");
        Assert.Equal(0, recorded);
        Assert.Contains($"wrote {Path.Combine(run, "eval", "step-251.json")}", recordedOutput);
        Assert.Equal(2, CheckpointEvaluation.Read(run, 251)!.Episodes);
        Assert.Contains("2 greedy episodes in 2 environments", recordedOutput);
        Assert.Null(CheckpointEvaluation.Read(run, 300));

        Assert.Equal(27_000, top.GetProperty("time_limit").GetInt64());
        Assert.Contains(top.GetProperty("lengths").EnumerateArray(), length => length.GetInt32() > 3);
        var cut = Path.Combine(root, "eval", "cut.json");
        Assert.Equal(0, CommandLine.Run("eval", run, "--episodes", "4", "--time-limit", "3", "--json", cut).ExitCode);
        using var cutResult = JsonDocument.Parse(File.ReadAllText(cut));
        Assert.Equal(3, cutResult.RootElement.GetProperty("time_limit").GetInt64());
        Assert.All(cutResult.RootElement.GetProperty("lengths").EnumerateArray(), length => Assert.Equal(3, length.GetInt32()));

        var (refused, message) = CommandLine.Run("eval", run, "--step", "175");
        Assert.Equal(2, refused);
        Assert.Contains("--step 175: ", message);
        Assert.Contains("kept no checkpoint at agent step 175; kept: 151, 251, 300", message);
    }
}
