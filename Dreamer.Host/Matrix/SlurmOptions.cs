namespace Dreamer.Host.Matrix;

/// <summary>Scheduler settings of a matrix job array; null leaves a setting to the cluster's defaults.</summary>
/// <param name="Partition">The partition (<c>--partition</c>).</param>
/// <param name="Time">The time limit per task (<c>--time</c>, e.g. <c>2-00:00:00</c>).</param>
/// <param name="Gres">GPUs per task: a count (<c>1</c> becomes <c>gpu:1</c>) or a full gres string (<c>gpu:a100:1</c>).</param>
/// <param name="CpusPerTask">CPUs per task (<c>--cpus-per-task</c>).</param>
/// <param name="Throttle">At most this many tasks at once (<c>--array=0-N%T</c>).</param>
/// <param name="Sbatch">The <c>sbatch</c> program.</param>
public sealed record SlurmOptions(string? Partition = null, string? Time = null, string? Gres = null, int? CpusPerTask = null, int? Throttle = null, string Sbatch = "sbatch");
