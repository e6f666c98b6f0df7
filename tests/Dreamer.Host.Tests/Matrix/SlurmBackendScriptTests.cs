using Dreamer.Host.Cli;
using Dreamer.Host.Matrix;

namespace Dreamer.Host.Tests.Matrix;

/// <summary>The batch script of a matrix job array, the Slurm options' checks and the thread count of a task.</summary>
public sealed class SlurmBackendScriptTests : IDisposable
{
    private readonly MatrixTestFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void TheScriptAsksForTheTimeLimitSignalARequeueableTaskAndAppendedLogs()
    {
        var plan = MatrixPlan.Expand(MatrixFileLoader.Load(folder.Write("m.yaml", "base: base.yaml\nseeds: [0, 1, 2]\n")));
        var manifest = MatrixManifest.Of(plan, new CellCommand(["dreamer"]));
        var options = new SlurmOptions(Time: "2:00:00", CpusPerTask: 4, SignalBefore: 120, MaxRequeues: 5);

        var lines = new SlurmBackend(manifest, folder.Root, options).Script(new CellCommand(["/opt/dreamer"])).Split('\n');

        Assert.Contains("#SBATCH --array=0-2", lines);
        Assert.Contains("#SBATCH --time=2:00:00", lines);
        Assert.Contains("#SBATCH --cpus-per-task=4", lines);
        Assert.Contains("#SBATCH --signal=B:USR1@120", lines);
        Assert.Contains("#SBATCH --requeue", lines);
        Assert.Contains("#SBATCH --open-mode=append", lines);
        Assert.Contains($"exec '/opt/dreamer' 'matrix' 'run-cell' '{folder.Root}' \"$SLURM_ARRAY_TASK_ID\" --max-requeues 5", lines);
    }

    [Theory]
    [InlineData("1", 60L)]
    [InlineData("90", 5400L)]
    [InlineData("5:30", 330L)]
    [InlineData("2:00:00", 7200L)]
    [InlineData("1-12", 129600L)]
    [InlineData("1-0:30", 88200L)]
    [InlineData("2-01:02:03", 176523L)]
    [InlineData("UNLIMITED", null)]
    public void SlurmTimeLimitsReadAsSeconds(string text, long? seconds)
    {
        Assert.True(SlurmTime.TryParse(text, out var parsed));
        Assert.Equal(seconds, parsed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("1h")]
    [InlineData("1:2:3:4")]
    [InlineData("-5")]
    [InlineData("1-")]
    public void OtherTextIsNotASlurmTime(string text) => Assert.False(SlurmTime.TryParse(text, out _));

    [Theory]
    [InlineData("1", null, null, "--signal-before: 90 s (the default) is not before the end of --time 1 (60 s); allowed: 1 to 59 seconds")]
    [InlineData("2", 120, null, "--signal-before: 120 s is not before the end of --time 2 (120 s); allowed: 1 to 119 seconds")]
    [InlineData("1", 0, null, "--signal-before: 0 is not allowed; allowed: 1 to 65535 seconds")]
    [InlineData("soon", null, null, "--time: 'soon' is not a Slurm time limit; allowed: MINUTES, MINUTES:SECONDS, HOURS:MINUTES:SECONDS, DAYS-HOURS, DAYS-HOURS:MINUTES, DAYS-HOURS:MINUTES:SECONDS, UNLIMITED")]
    [InlineData(null, null, -1, "--max-requeues: -1 is not allowed; allowed: 0 or more")]
    public void BadSlurmOptionsAreRefusedInOneLineNamingTheValues(string? time, int? signalBefore, int? maxRequeues, string error)
    {
        var settings = new MatrixRunSettings { File = "m.yaml", Backend = "slurm", Time = time, SignalBefore = signalBefore, MaxRequeues = maxRequeues };

        var result = settings.Validate();

        Assert.False(result.Successful);
        Assert.Equal(error, result.Message);
    }

    [Fact]
    public void AGoodSlurmCommandLineGivesItsOptions()
    {
        var settings = new MatrixRunSettings { File = "m.yaml", Backend = "slurm", Time = "1", SignalBefore = 50, Parallel = 2 };

        Assert.True(settings.Validate().Successful);
        Assert.Equal(new SlurmOptions(Time: "1", Throttle: 2, SignalBefore: 50, MaxRequeues: 3), settings.Slurm());
    }

    [Theory]
    [InlineData(null, "4", 4)]
    [InlineData("2", "4", null)]
    [InlineData(null, null, null)]
    [InlineData(null, "", null)]
    [InlineData(null, "0", null)]
    public void ATaskGetsItsCpusAsThreadsUnlessTheUserSetThem(string? ompNumThreads, string? cpusPerTask, int? threads) =>
        Assert.Equal(threads, SlurmBackend.ThreadsPerTask(ompNumThreads, cpusPerTask));
}
