using System.Diagnostics;
using Dreamer.Host.Matrix;
using Dreamer.Tests.Support;
using Dreamer.Training.Runs;

namespace Dreamer.Host.Tests.Matrix;

/// <summary>
/// <c>dreamer matrix run-cell</c> as a Slurm array task sees it, without Slurm: the task's environment variables are
/// set by hand and <c>scontrol</c> is a script that records its arguments. SIGUSR1 (the time limit) stops the cell and
/// requeues the task until <c>--max-requeues</c>; SIGTERM (a preemption) only stops it.
/// </summary>
[Trait(TestCategory.Name, TestCategory.Slow)]
public sealed class MatrixRunCellSignalTests : IDisposable
{
    private readonly MatrixTestFolder folder = new();
    private readonly string directory;
    private readonly MatrixManifest manifest;

    public MatrixRunCellSignalTests()
    {
        var plan = MatrixPlan.Expand(MatrixFileLoader.Load(folder.Write("m.yaml", "base: base.yaml\naxes:\n  stand_in.episodes: [8]\n  stand_in.seconds: [0.5]\nseeds: [0]\nsteps: 40\n")));
        manifest = MatrixManifest.Of(plan, new CellCommand(["bash", MatrixTestFolder.StandIn]));
        directory = Path.Combine(folder.Root, "runs");
        manifest.Write(directory);
        var bin = Directory.CreateDirectory(Path.Combine(folder.Root, "bin")).FullName;
        File.WriteAllText(Path.Combine(bin, "scontrol"), $"#!/bin/sh\necho \"$@\" >> {Path.Combine(folder.Root, "scontrol.log")}\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(Path.Combine(bin, "scontrol"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    private string Cell => manifest.Cells[0].RunDirectory(directory);

    private string CellLog => File.ReadAllText(Path.Combine(Cell, MatrixCell.LogFileName));

    private string ScontrolLog => Path.Combine(folder.Root, "scontrol.log");

    public void Dispose() => folder.Dispose();

    [Fact]
    public void TheTimeLimitSignalStopsTheCellAndRequeuesTheTaskWhichThenResumesAndFinishes()
    {
        var (code, output) = RunCell(restarts: 0, signal: UnixSignal.User1);

        Assert.Equal(0, code);
        Assert.Equal(RunState.Stopped, RunStatusFile.Read(Cell)!.State);
        Assert.Equal(["requeue 77_0"], File.ReadAllLines(ScontrolLog));
        Assert.Contains("requeued task 77_0 (requeue 1 of at most 3); it resumes from its checkpoint", output);
        Assert.Contains("OMP_NUM_THREADS=2)", File.ReadAllText(Path.Combine(Cell, MatrixCell.LogFileName)));

        var (again, resumed) = RunCell(restarts: 1, signal: null);

        Assert.Equal(0, again);
        Assert.Contains("resumed, finished done", resumed);
        Assert.Contains("stand-in: resume at episode", File.ReadAllText(Path.Combine(Cell, MatrixCell.LogFileName)));
        Assert.Equal(Enumerable.Range(1, 8).Select(e => e.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            File.ReadLines(Path.Combine(Cell, "episodes.log")).Select(line => line.Split(' ')[0]));
    }

    [Fact]
    public void AtTheRequeueLimitTheCellIsMarkedFailedAndTheTaskIsNotRequeued()
    {
        var (code, output) = RunCell(restarts: 3, signal: UnixSignal.User1);

        Assert.Equal(1, code);
        Assert.False(File.Exists(ScontrolLog));
        var status = RunStatusFile.Read(Cell)!;
        Assert.Equal(RunState.Failed, status.State);
        Assert.StartsWith("stopped at the Slurm time limit after 3 requeues, the limit of --max-requeues 3;", status.Message);
        Assert.Contains(status.Message, output);
    }

    [Fact]
    public void APreemptionSignalStopsTheCellWithoutRequeueingIt()
    {
        var (code, output) = RunCell(restarts: 0, signal: UnixSignal.Terminate);

        Assert.True(code == 1, $"exit code {code}: {output}\n{CellLog}");
        Assert.False(File.Exists(ScontrolLog));
        Assert.Equal(RunState.Stopped, RunStatusFile.Read(Cell)!.State);
    }

    /// <summary>Runs task 0 of array job 77 with two CPUs; sends <paramref name="signal"/> once the cell has started.</summary>
    private (int ExitCode, string Output) RunCell(int restarts, int? signal)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var word in new[] { Path.Combine(AppContext.BaseDirectory, "dreamer.dll"), "matrix", "run-cell", directory, "0" })
            start.ArgumentList.Add(word);
        start.Environment["PATH"] = $"{Path.Combine(folder.Root, "bin")}:{Environment.GetEnvironmentVariable("PATH")}";
        start.Environment["SLURM_JOB_ID"] = "78";
        start.Environment["SLURM_ARRAY_JOB_ID"] = "77";
        start.Environment["SLURM_ARRAY_TASK_ID"] = "0";
        start.Environment["SLURM_RESTART_COUNT"] = restarts.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["SLURM_CPUS_PER_TASK"] = "2";
        start.Environment.Remove("OMP_NUM_THREADS");
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var since = DateTime.UtcNow;
        if (signal is not null)
        {
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
            while (!Started(since) && !process.HasExited && DateTime.UtcNow < deadline) Thread.Sleep(20);
            if (!Started(since)) Assert.Fail($"the cell did not start: {stdout.Result}{stderr.Result}");
            UnixSignal.Send(process.Id, signal.Value);
        }
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)), "run-cell did not exit within 60 s");
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    /// <summary>True once this run's stand-in has finished an episode (so run-cell listens for signals).</summary>
    private bool Started(DateTime since)
    {
        var path = RunStatusFile.PathIn(Cell);
        return File.Exists(path) && File.GetLastWriteTimeUtc(path) >= since && RunStatusFile.Read(Cell) is { State: RunState.Running, Message: "training" };
    }
}
