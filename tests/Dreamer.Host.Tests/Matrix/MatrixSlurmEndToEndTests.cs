using System.Diagnostics;
using Dreamer.Host.Matrix;
using Dreamer.Tests.Support;
using Dreamer.Training.Runs;
using Xunit.Abstractions;

namespace Dreamer.Host.Tests.Matrix;

/// <summary>
/// Runs a matrix as a real Slurm job array on a one-node cluster started for the test (scripts/slurm-cluster.sh:
/// installs Debian's slurm-wlm and munge when missing, which needs root and apt). Cells run the stand-in script.
/// </summary>
[Trait(TestCategory.Name, TestCategory.Slow)]
public sealed class MatrixSlurmEndToEndTests(ITestOutputHelper output) : IDisposable
{
    private static readonly string Cluster = Path.Combine(MatrixTestFolder.RepositoryRoot, "scripts", "slurm-cluster.sh");
    private readonly MatrixTestFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void AJobArrayRunsEveryCellAndStatusReadsTheRunFolders()
    {
        var clock = Stopwatch.StartNew();
        var state = Path.Combine(folder.Root, "slurm");
        var environment = new Dictionary<string, string> { ["SLURM_CONF"] = Path.Combine(state, "slurm.conf") };
        Run("bash", [Cluster, "install"], null, TimeSpan.FromMinutes(5));
        output.WriteLine($"install checked: {clock.Elapsed.TotalSeconds:0.0} s");
        try
        {
            Run("bash", [Cluster, "start", state], null, TimeSpan.FromSeconds(90));
            output.WriteLine($"cluster up: {clock.Elapsed.TotalSeconds:0.0} s");
            var matrix = folder.Write("m.yaml", "base: base.yaml\naxes:\n  stand_in.gain: [1, 2]\nseeds: [0, 1]\nsteps: 40\n");
            var directory = Path.Combine(folder.Root, "runs");
            var dreamer = Path.Combine(AppContext.BaseDirectory, "dreamer.dll");
            var submitted = Run("dotnet", [dreamer, "matrix", "run", matrix, "--backend", "slurm", "--out", directory, "--cpus-per-task", "1",
                "--cell-command", $"bash {MatrixTestFolder.StandIn}"], environment, TimeSpan.FromSeconds(60));
            Assert.Contains("submitted job array", submitted);
            var jobId = File.ReadAllText(Path.Combine(directory, "slurm-job.txt")).Trim();
            Assert.Contains("#SBATCH --array=0-3", File.ReadAllText(Path.Combine(directory, SlurmBackend.ScriptFileName)));

            var manifest = MatrixManifest.Read(directory);
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(120);
            while (DateTime.UtcNow < deadline && Run("squeue", ["-h", "-j", jobId], environment, TimeSpan.FromSeconds(20)).Trim().Length > 0)
                Thread.Sleep(500);
            output.WriteLine($"array done: {clock.Elapsed.TotalSeconds:0.0} s");

            foreach (var cell in manifest.Cells)
            {
                var status = RunStatusFile.Read(cell.RunDirectory(directory));
                Assert.NotNull(status);
                Assert.Equal(RunState.Finished, status.State);
                var gain = cell.Overrides.Single(o => o.Path == "stand_in.gain").Value == "2" ? 2 : 1;
                Assert.Equal(10 * gain + cell.Seed, status.LastReturn);
                var log = File.ReadAllText(Path.Combine(directory, $"slurm-{jobId}_{cell.Index}.out"));
                Assert.Contains($"{cell.Folder}: trained, finished done", log);
            }
            var shown = Run("dotnet", [dreamer, "matrix", "status", directory], environment, TimeSpan.FromSeconds(60));
            Assert.Contains("4 finished", shown);
        }
        finally
        {
            Run("bash", [Cluster, "stop", state], null, TimeSpan.FromSeconds(30));
            output.WriteLine($"cluster stopped: {clock.Elapsed.TotalSeconds:0.0} s");
        }
        foreach (var pidFile in new[] { "munged.pid", "slurmctld.pid", "slurmd.pid" })
            Assert.False(File.Exists(Path.Combine(state, pidFile)), $"{pidFile} left behind");
    }

    /// <summary>
    /// One cell of 30 episodes × 1.6 s (48 s of work) under a 1-minute time limit with the signal 50 s before it:
    /// slurmctld checks time limits every 30 s, so the signal comes 10 to 40 s into each run, the cell stops with a
    /// checkpoint and requeues its task (the cluster's cred_expire=10 lets it start again about 11 s later), and the
    /// requeued task resumes until the cell finishes with every episode exactly once.
    /// </summary>
    [Fact]
    public void ACellStoppedAtItsTimeLimitIsRequeuedAndFinishesWithEveryEpisode()
    {
        const int episodes = 30;
        var clock = Stopwatch.StartNew();
        var state = Path.Combine(folder.Root, "slurm");
        var environment = new Dictionary<string, string> { ["SLURM_CONF"] = Path.Combine(state, "slurm.conf") };
        Run("bash", [Cluster, "install"], null, TimeSpan.FromMinutes(5));
        try
        {
            Run("bash", [Cluster, "start", state], null, TimeSpan.FromSeconds(90));
            var matrix = folder.Write("m.yaml", $"base: base.yaml\naxes:\n  stand_in.episodes: [{episodes}]\n  stand_in.seconds: [1.6]\nseeds: [0]\nsteps: 300\n");
            var directory = Path.Combine(folder.Root, "runs");
            var dreamer = Path.Combine(AppContext.BaseDirectory, "dreamer.dll");
            Run("dotnet", [dreamer, "matrix", "run", matrix, "--backend", "slurm", "--out", directory, "--cpus-per-task", "1", "--time", "1",
                "--signal-before", "50", "--cell-command", $"bash {MatrixTestFolder.StandIn}"], environment, TimeSpan.FromSeconds(60));
            var jobId = File.ReadAllText(Path.Combine(directory, "slurm-job.txt")).Trim();
            var started = clock.Elapsed;

            var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(6);
            while (DateTime.UtcNow < deadline && Run("squeue", ["-h", "-j", jobId], environment, TimeSpan.FromSeconds(20)).Trim().Length > 0)
                Thread.Sleep(500);
            var wall = clock.Elapsed - started;

            var cell = MatrixManifest.Read(directory).Cells[0].RunDirectory(directory);
            var log = File.ReadAllText(Path.Combine(directory, $"slurm-{jobId}_0.out"));
            var status = RunStatusFile.Read(cell)!;
            Assert.True(status.State == RunState.Finished, $"{status.State}: {status.Message}\n{log}");
            Assert.Equal(300, status.Step);
            var requeues = log.Split('\n').Count(line => line.Contains($"requeued task {jobId}_0 (requeue ", StringComparison.Ordinal));
            Assert.True(requeues >= 1, $"no requeue:\n{log}");
            Assert.Contains("(SLURM_RESTART_COUNT=1,", File.ReadAllText(Path.Combine(cell, MatrixCell.LogFileName)));
            Assert.Equal(Enumerable.Range(1, episodes).Select(e => $"{e} {10 * e}"),
                File.ReadLines(Path.Combine(cell, "episodes.log")).Select(line => string.Join(' ', line.Split(' ').Take(2))));
            Assert.Equal(episodes, File.ReadLines(Path.Combine(cell, "metrics.jsonl")).Count());
            output.WriteLine($"time limit 60 s, signal 50 s before it, {episodes} episodes of 1.6 s: {requeues} requeues, array done in {wall.TotalSeconds:0} s");
        }
        finally
        {
            Run("bash", [Cluster, "stop", state], null, TimeSpan.FromSeconds(30));
            output.WriteLine($"cluster stopped: {clock.Elapsed.TotalSeconds:0.0} s");
        }
    }

    private string Run(string program, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string>? environment, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{program} {string.Join(' ', arguments)} did not end within {timeout}");
        }
        process.WaitForExit();
        var text = stdout.Result + stderr.Result;
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{text}");
        return stdout.Result;
    }
}
