using Dreamer.Training.Runs;

namespace Dreamer.Host.Matrix;

/// <summary>The outcome of running one cell: what was launched, the process's exit code and the final status.</summary>
public sealed record CellResult(MatrixCell Cell, CellLaunch Launch, int? ExitCode, RunStatus Status);
