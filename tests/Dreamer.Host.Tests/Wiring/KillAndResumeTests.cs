using System.Diagnostics;
using System.Security.Cryptography;
using Dreamer.Tests.Support;
using Dreamer.Training.Checkpoints;
using Dreamer.Training.Replay;
using Dreamer.Training.Runs;
using Xunit.Abstractions;

namespace Dreamer.Host.Tests.Wiring;

/// <summary>
/// Kills a real <c>dreamer train</c> process with SIGKILL at random moments, resumes it each time, and checks that no
/// finished episode is lost or stored twice, that the checkpointed counters never go back, and that the run completes.
/// Each kill is planned at a random step of the run plus a random delay, so it lands while the run is going on however
/// fast the machine is, and the test fails when a planned kill did not happen.
/// </summary>
[Trait(TestCategory.Name, TestCategory.Slow)]
[Collection(RunsAloneCollection.Name)]
public sealed class KillAndResumeTests(ITestOutputHelper output) : IDisposable
{
    private const int Steps = 700;
    private const int Kills = 4;

    /// <summary>The first kill comes at a status step of at least this (status is written every 50 steps after the 100 of prefill).</summary>
    private const int FirstKillStep = 150;

    /// <summary>Agent steps between planned kills; each kill's step is drawn from the first half of its span.</summary>
    private const int KillSpacing = 130;

    /// <summary>A guard against a hung process, not a speed check.</summary>
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(10);
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
        for (var kill = 0; kill < Kills; kill++)
        {
            var target = FirstKillStep + kill * KillSpacing + random.Next(KillSpacing / 2);
            var delay = TimeSpan.FromMilliseconds(random.Next(500));
            var started = DateTime.UtcNow;
            var killed = RunDreamer(run, () => StepOfThisProcess(run, started) >= target, delay, out var code);
            Assert.True(killed, $"planned kill {kill} (step {target} + {delay.TotalMilliseconds:0} ms) did not happen: the run exited first with code {code}");
            output.WriteLine($"kill {kill}: at step ≥ {target} + {delay.TotalMilliseconds:0} ms");
            Check(run, episodes, ref lastStep, ref lastUpdates);
        }
        for (var attempt = 0; attempt < 5 && RunStatusFile.Read(run.Root)?.State != RunState.Finished; attempt++)
        {
            Assert.False(RunDreamer(run, () => false, TimeSpan.Zero, out var code), "the final resume did not finish in time");
            Assert.Equal(0, code);
            Check(run, episodes, ref lastStep, ref lastUpdates);
        }
        var status = RunStatusFile.Read(run.Root)!;
        Assert.Equal(RunState.Finished, status.State);
        Assert.Equal(Steps, status.Step);
        output.WriteLine($"{Kills} kills, {episodes.Count} episodes, {status.Updates} updates, {clock.Elapsed.TotalSeconds:0} s");
    }

    /// <summary>The step in status.json once the process started at <paramref name="started"/> has written it, else 0.</summary>
    private static long StepOfThisProcess(RunFolder run, DateTime started)
    {
        var path = RunStatusFile.PathIn(run.Root);
        return File.Exists(path) && File.GetLastWriteTimeUtc(path) >= started ? RunStatusFile.Read(run.Root)?.Step ?? 0 : 0;
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

    /// <summary>
    /// Starts train (or resume, once the folder holds a run) and kills it <paramref name="delay"/> after
    /// <paramref name="killWhen"/> first holds; true when it was killed, false when it exited on its own.
    /// </summary>
    private bool RunDreamer(RunFolder run, Func<bool> killWhen, TimeSpan delay, out int exitCode)
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
        var clock = Stopwatch.StartNew();
        while (!process.HasExited && !killWhen() && clock.Elapsed < Limit) Thread.Sleep(20);
        if (!process.HasExited && clock.Elapsed < Limit) Thread.Sleep(delay);
        if (process.HasExited)
        {
            exitCode = process.ExitCode;
            if (exitCode != 0) output.WriteLine(stdout.Result + stderr.Result);
            return false;
        }
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
        exitCode = -1;
        return true;
    }
}
