namespace Dreamer.Host.Matrix;

/// <summary>A cell whose run folder was copied from a finished run of the same composition (<see cref="RunReuse"/>).</summary>
/// <param name="Cell">The cell.</param>
/// <param name="Source">The finished run folder it was copied from.</param>
public sealed record ReusedRun(MatrixCell Cell, string Source);
