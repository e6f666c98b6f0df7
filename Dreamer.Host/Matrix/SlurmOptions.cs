namespace Dreamer.Host.Matrix;

/// <summary>Scheduler settings of a matrix job array; null leaves a setting to the cluster's defaults.</summary>
/// <param name="Partition">The partition (<c>--partition</c>).</param>
/// <param name="Time">The time limit per task (<c>--time</c>, e.g. <c>2-00:00:00</c>).</param>
/// <param name="Gres">GPUs per task: a count (<c>1</c> becomes <c>gpu:1</c>) or a full gres string (<c>gpu:a100:1</c>).</param>
/// <param name="CpusPerTask">CPUs per task (<c>--cpus-per-task</c>).</param>
/// <param name="Throttle">At most this many tasks at once (<c>--array=0-N%T</c>).</param>
/// <param name="Sbatch">The <c>sbatch</c> program.</param>
/// <param name="SignalBefore">Seconds before the time limit at which Slurm sends the task SIGUSR1 (<c>--signal=B:USR1@S</c>).</param>
/// <param name="MaxRequeues">How often a task that reached its time limit requeues itself before its cell is marked failed.</param>
public sealed record SlurmOptions(
    string? Partition = null,
    string? Time = null,
    string? Gres = null,
    int? CpusPerTask = null,
    int? Throttle = null,
    string Sbatch = "sbatch",
    int SignalBefore = SlurmOptions.DefaultSignalBefore,
    int MaxRequeues = SlurmOptions.DefaultMaxRequeues)
{
    /// <summary>The default of <see cref="SignalBefore"/>: time for a checkpoint and the requeue.</summary>
    public const int DefaultSignalBefore = 90;

    /// <summary>The default of <see cref="MaxRequeues"/>.</summary>
    public const int DefaultMaxRequeues = 3;

    /// <summary>The largest signal lead Slurm accepts.</summary>
    public const int MaxSignalBefore = 65535;
}
