using System.Diagnostics;
using System.Security.Cryptography;
using Xunit.Abstractions;
using Dreamer.Training.Checkpoints;
using Dreamer.Training.Replay;
using Dreamer.Training.Runs;

namespace Dreamer.Host.Tests.Wiring;

/// <summary>
/// Kills a real <c>dreamer train</c> process with SIGKILL at random moments, resumes it each time, and checks that no
/// finished episode is lost or stored twice, that the checkpointed counters never go back, and that the run completes.
/// </summary>
[Collection(RunsAloneCollection.Name)]
public sealed class KillAndResumeTests(ITestOutputHelper output) : IDisposable
{
    private const int Steps = 700;
    private readonly string root = Directory.CreateTempSubdirectory("dreamer-kill-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void KilledRunsResumeWithoutLosingOrDuplicatingEpisodes()
    {
        var run = new RunFolder(Path.Combine(root, "run"));
        var random = new Random(20261125);
        var episodes = new Dictionary<string, string>(StringComparer.Ordinal);
        long lastStep = 0, lastUpdates = 0;
        var clock = Stopwatch.StartNew();
        for (var kill = 0; kill < 4; kill++)
        {
            var delay = TimeSpan.FromSeconds(4 + random.NextDouble() * 6);
            var exited = RunDreamer(run, delay, out var code);
            output.WriteLine($"attempt {kill}: {(exited ? $"exited with {code}" : $"killed after {delay.TotalSeconds:0.0} s")}");
            Check(run, episodes, ref lastStep, ref lastUpdates);
            if (exited) break;
        }
        for (var attempt = 0; attempt < 5 && RunStatusFile.Read(run.Root)?.State != RunState.Finished; attempt++)
        {
            Assert.True(RunDreamer(run, TimeSpan.FromMinutes(10), out var code), "the final resume did not finish in time");
            Assert.Equal(0, code);
            Check(run, episodes, ref lastStep, ref lastUpdates);
        }
        var status = RunStatusFile.Read(run.Root)!;
        Assert.Equal(RunState.Finished, status.State);
        Assert.Equal(Steps, status.Step);
        output.WriteLine($"{episodes.Count} episodes, {status.Updates} updates, {clock.Elapsed.TotalSeconds:0} s");
    }

    private static void Check(RunFolder run, Dictionary<string, string> seen, ref long lastStep, ref long lastUpdates)
    {
        if (!Directory.Exists(run.Episodes)) return;
        var files = Directory.GetFiles(run.Episodes, "*.npz").Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal).ToList();
        var indices = files.Select(name => int.Parse(name.Split('-')[0])).ToList();
        Assert.Equal(Enumerable.Range(0, files.Count), indices);
        foreach (var name in files)
        {
            var path = Path.Combine(run.Episodes, name);
            var episode = EpisodeFile.Read(path);
            Assert.True(episode.IsLast[^1]);
            var hash = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));
            if (seen.TryGetValue(name, out var earlier)) Assert.Equal(earlier, hash);
            else seen[name] = hash;
        }
        Assert.All(seen.Keys, name => Assert.Contains(name, files));
        var latest = new CheckpointStore(run.Root).Latest();
        if (latest is null) return;
        var counters = CheckpointStore.Load(latest).Counters;
        Assert.True(counters.Step >= lastStep, $"step went back from {lastStep} to {counters.Step}");
        Assert.True(counters.Updates >= lastUpdates, $"updates went back from {lastUpdates} to {counters.Updates}");
        lastStep = counters.Step;
        lastUpdates = counters.Updates;
    }

    /// <summary>Starts train (or resume, once the folder holds a run) and kills it after <paramref name="limit"/>.</summary>
    private bool RunDreamer(RunFolder run, TimeSpan limit, out int exitCode)
    {
        var dreamer = Path.Combine(AppContext.BaseDirectory, "dreamer.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory };
        start.ArgumentList.Add(dreamer);
        if (File.Exists(run.Composition))
        {
            start.ArgumentList.Add("resume");
            start.ArgumentList.Add(run.Root);
        }
        else
        {
            foreach (var word in new[] { "train", TrainingHarness.Data("tiny.yaml"), "--run-dir", run.Root, "--set", $"training.steps={Steps}", "--set", "training.checkpoint_every=15" })
                start.ArgumentList.Add(word);
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (process.WaitForExit(limit))
        {
            exitCode = process.ExitCode;
            if (exitCode != 0) output.WriteLine(stdout.Result + stderr.Result);
            return true;
        }
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
        exitCode = -1;
        return false;
    }
}
